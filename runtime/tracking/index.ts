export { solveAssignment } from "./linear-assignment.js";
