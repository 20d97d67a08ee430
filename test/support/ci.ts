// One definition of "running on CI" for every test helper: CI set to anything but "", "0" or
// "false" (GitHub Actions, GitLab and most runners set CI=true). On CI nothing may be skipped
// for want of a tool or a server: it fails instead. Read at each call (a self-test unsets it).
export function onCI(): boolean {
  return !["", "0", "false"].includes((process.env.CI ?? "").trim().toLowerCase());
}
