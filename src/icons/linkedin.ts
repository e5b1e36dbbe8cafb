// LinkedIn icon, original for sharecue (simple-icons no longer has LinkedIn): "in" cut out of a rounded square.
export default 'M5 2h14a3 3 0 013 3v14a3 3 0 01-3 3H5a3 3 0 01-3-3V5a3 3 0 013-3zm2 3.3a1.5 1.5 0 100 3 1.5 1.5 0 000-3zM5.5 10h3v8h-3zm5 0h3v1.1c.6-.8 1.5-1.3 2.6-1.3 1.6 0 2.4 1.1 2.4 3V18h-3v-4.9c0-.9-.4-1.4-1.1-1.4-.6 0-.9.6-.9 1.4V18h-3z'
