// X icon from simple-icons 16.37.0 (CC0), compacted by scripts/icons.js; do not edit.
export default 'm14.2 10.2L23 0h-2.1l-7.6 8.8-6-8.8h-7l9.1 13.3L.3 24h2l8-9.3 6.4 9.3h7zm-2.8 3.3l-.9-1.4L3.1 1.6h3.2l5.9 8.5 1 1.3 7.7 11.1h-3.2z'
