// SMS icon, original for sharecue: a speech bubble with three dots cut out (CC0).
export default 'M5 3h14a3 3 0 013 3v8a3 3 0 01-3 3h-9l-4.5 4v-4H5a3 3 0 01-3-3V6a3 3 0 013-3zm2.5 5.5a1.5 1.5 0 100 3 1.5 1.5 0 100-3zm4.5 0a1.5 1.5 0 100 3 1.5 1.5 0 100-3zm4.5 0a1.5 1.5 0 100 3 1.5 1.5 0 100-3z'
