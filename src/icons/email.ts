// Email icon, original for sharecue: an envelope whose flap is the band between two cut-outs (CC0).
export default 'M4 4h16a2 2 0 012 2v12a2 2 0 01-2 2H4a2 2 0 01-2-2V6a2 2 0 012-2zm0 2h16l-8 6zm0 2.5l8 6 8-6V18H4z'
