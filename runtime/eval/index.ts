export { parseMotText, formatMotText, type MotRow } from "./mot-format.js";
