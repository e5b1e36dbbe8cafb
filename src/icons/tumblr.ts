// Tumblr icon from simple-icons 16.37.0 (CC0), compacted by scripts/icons.js; do not edit.
export default 'm14.6 24c-5.1 0-7.1-3.8-7.1-6.4V9.7H5.1V6.6C8.7 5.3 9.6 2.1 9.8.2c0-.1.1-.2.2-.2h3.5v6.1h4.8v3.6h-4.8v7.5c0 1 .4 2.4 2.2 2.4h.1c.6 0 1.5-.2 1.9-.4l1.2 3.4c-.4.6-2.4 1.4-4.2 1.4h-.1z'
