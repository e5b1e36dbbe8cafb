// A plain Vite + React setup, as `npm create vite` makes it.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({ plugins: [react()] })
