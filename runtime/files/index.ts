// Files that must survive a crash or a power cut: written whole or not at all.
export { writeFileAtomic, syncDir, TEMP_MARK } from "./atomic-write.js";
