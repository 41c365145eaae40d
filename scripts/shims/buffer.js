// Injected into main.js: gray-matter calls Buffer.from, and Obsidian mobile has no global Buffer.
export { Buffer } from "buffer";
