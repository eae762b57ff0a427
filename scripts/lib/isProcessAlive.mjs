/** True while a process with this pid exists (EPERM: it exists but belongs to another user). */
export const isProcessAlive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return err?.code === 'EPERM'
  }
}
