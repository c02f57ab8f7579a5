/**
 * Sandboxed preload: it may only require('electron'), so everything it needs from the contract is
 * bundled into this one CommonJS file by electron-vite.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createMendBridge } from './createBridge'

contextBridge.exposeInMainWorld('mend', createMendBridge(ipcRenderer, process.platform))
