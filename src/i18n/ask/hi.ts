import type { AskStrings } from '../locale'

/** "Ask my friends" in hi: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: 'दोस्तों से पूछें',
  copy: 'क्या मुझे यह लेना चाहिए? {title}',
  prompt: 'आपका दोस्त आपकी राय जानना चाहता है',
  yes: 'ले लो',
  maybe: 'पता नहीं',
  no: 'रहने दो',
  thanks: 'धन्यवाद! आपके दोस्त को आपका जवाब दिखेगा।',
  answers: 'दोस्तों ने कहा: {0}',
  note: 'दोस्त एक टैप में जवाब देते हैं। उनके जवाब देखने के लिए इस पेज पर लौटें।',
  noMemory: 'यह ब्राउज़र आपका सवाल सहेज नहीं सकता, इसलिए जवाब यहाँ नहीं दिख सकते।',
} satisfies AskStrings
