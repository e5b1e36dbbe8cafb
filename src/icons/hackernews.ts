// Y Combinator icon from simple-icons 16.37.0 (CC0), compacted by scripts/icons.js; do not edit.
export default 'm0 24V0h24v24H0zM7 5.9l4.1 7.7v5.1h1.5v-5l4.2-7.8H15l-2.4 4.9c-.4.7-.7 1.4-.7 1.4s-.3-.7-.7-1.4L8.8 5.9H7z'
