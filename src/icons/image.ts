// Image icon, original for sharecue: a frame with hills and a sun (CC0).
export default 'M4 4h16a2 2 0 012 2v12a2 2 0 01-2 2H4a2 2 0 01-2-2V6a2 2 0 012-2zm0 2v7.5l4-4 5 5 3-3 4 4V6zm11.5 1a1.5 1.5 0 100 3 1.5 1.5 0 000-3z'
