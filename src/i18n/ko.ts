import type { Locale } from './locale'

export default {
  tag: 'ko',
  // KakaoTalk, Korea's messenger, has no web share link in the contract: native sharing reaches
  // it on phones, and copying the link is how it is pasted there elsewhere. Facebook and X are
  // the public networks; text messages are still common.
  channels: ['native', 'facebook', 'x', 'sms', 'email', 'copy'],
  names: {
    native: '공유', copy: '링크 복사', email: '이메일', sms: '문자', facebook: '페이스북', wechat: '위챗',
    image: '이미지 공유',
  },
  templates: {
    private: '이거 마음에 들 것 같아요: {title} – {price}',
    group: '{title} – {price}',
    public: '{title} – {price}',
  },
  plain: '{title}',
  share: '이 상품 공유하기',
  shareOn: '{0} 공유하기',
  scopes: { private: '친구에게 보내기', group: '그룹에 공유', public: '전체 공개로 게시' },
  copied: '링크가 복사되었습니다',
  copyFailed: '복사하지 못했습니다. 링크를 선택해서 복사하세요',
  close: '닫기',
  wechatTitle: '위챗 공유하기',
  wechatScan: '위챗으로 스캔한 뒤 열리는 페이지를 공유하세요.',
  wechatInApp: '오른쪽 위의 ···을 눌러 친구나 모멘트에 보내세요.',
  wechatQr: '상품 링크의 위챗 QR 코드',
  wechatCopy: '이 링크는 QR 코드로 만들기에 너무 깁니다. 복사해서 위챗에 붙여 넣으세요.',
  wechatPaste: '링크를 복사해서 위챗에 붙여 넣으세요.',
  mastodonServer: '사용 중인 Mastodon 서버',
  mastodonGo: '공유',
  mastodonInvalid: 'mastodon.social 같은 서버 이름을 입력하세요',
  newTab: '(새 탭에서 열림)',
  ends: '{0} 종료',
  endsIn: '남은 시간 {0}',
  ended: '종료된 행사입니다',
  originalPrice: '원래 가격',
  left: '단 {0}개 남음',
  soldOut: '품절',
  sold: '{0}개 판매',
  lastHour: '행사 종료까지 1시간 남았습니다',
  pause: '카운트다운 일시정지',
  resume: '카운트다운 다시 시작',
  storyScan: '코드를 스캔하거나 링크 스티커를 누르세요',
  storySaved: '이미지를 저장했어요: 스토리에 올리고 상품 링크 스티커를 추가하세요.',
} satisfies Locale
