// Share icon, original for sharecue: an arrow rising out of an open box (CC0).
export default 'M12 2l5 5-1.4 1.4L13 5.8V15h-2V5.8L8.4 8.4 7 7zM5 10h4v2H7v8h10v-8h-2v-2h4v12H5z'
