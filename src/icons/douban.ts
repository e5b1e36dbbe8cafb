// Douban icon from simple-icons 16.37.0 (CC0), compacted by scripts/icons.js; do not edit.
export default 'm.5 3.1h23V.8H.5v2.3zm21 2.5v9.6h-2.2L17.7 21H24v2.2H0V21h6.3l-1.6-5.8H2.5V5.6h19zm-5.1 9.6H7.6L9.3 21h5.5l1.6-5.8zm2-7.3H5.6v5h12.8v-5z'
