import { access, constants, open, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
// The fix loop is core's (the language server uses it too); the CLI adds the file writing.
export { fixUntilStable, fixesOf, MAX_FIX_PASSES } from "@reportlint/core";
export type { FixRun, FixType } from "@reportlint/core";

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Replaces a file's content without ever leaving it half-written, keeping what makes it the same
 * file: its mode (set explicitly, the umask does not apply), owner and group, and hard links.
 * Refuses read-only files and files changed since they were read.
 *
 * The new content is first written to a temporary file beside the real one (through symlinks) and
 * flushed. Then, normally, it is renamed over the original: atomic, so a reader or a crash sees the
 * old or the new file, never a mix. A rename makes a new inode, though, so when the file has other
 * hard links (which would keep the old text) or its owner cannot be given to the new file (not
 * root), the content is instead written into the original inode in place and the temporary file
 * removed; should that write fail, the original bytes are written back.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, expected: Uint8Array): Promise<void> {
  const target = await realpath(path);
  const current = await readFile(target);
  if (!sameBytes(current, expected)) throw new Error("the file changed while it was being linted; not written");
  const info = await stat(target);
  if ((info.mode & 0o222) === 0) throw new Error(`the file is read-only (mode ${(info.mode & 0o777).toString(8)}); make it writable to apply the fixes`);
  await access(target, constants.W_OK);
  // Loaded here, not at start: node:crypto costs every run a few milliseconds, and only --fix writes.
  const { randomBytes } = await import("node:crypto");
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.reportlint-tmp`);
  let handle;
  let inPlace = info.nlink > 1;
  try {
    handle = await open(temp, "wx", 0o600);
    await handle.writeFile(bytes);
    if (!inPlace && (info.uid !== process.getuid?.() || info.gid !== process.getgid?.())) {
      inPlace = !(await handle.chown(info.uid, info.gid).then(() => true, () => false));
    }
    // After chown, which clears set-user-id bits.
    await handle.chmod(info.mode & 0o7777);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (inPlace) await overwrite(target, bytes, current);
    else await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Writes `bytes` into the file itself (same inode), putting `original` back if that fails. */
async function overwrite(target: string, bytes: Uint8Array, original: Uint8Array): Promise<void> {
  const handle = await open(target, "r+");
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } catch (error) {
    await handle.write(original, 0, original.length, 0).then(() => handle.truncate(original.length)).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}
