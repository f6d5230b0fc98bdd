import { hash, parseOptions, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

/**
 * Argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). @node-rs/argon2 runs it on libuv's
 * thread pool, so a burst of sign-ins no longer holds up every other request on the event loop
 * (decision 012). Changing these makes existing hashes be rehashed at their next sign-in.
 */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

function isBcryptHash(passwordHash: string): boolean {
  return /^\$2[abxy]\$/.test(passwordHash);
}

/** Checks a password against an Argon2id hash, or a bcrypt hash written before decision 012. */
export async function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  if (isBcryptHash(passwordHash)) return bcrypt.compare(password, passwordHash);
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed hash matches nothing.
    return false;
  }
}

/** Whether a hash that just verified should be replaced by a fresh one (bcrypt, or older Argon2 settings). */
export function needsRehash(passwordHash: string): boolean {
  if (!passwordHash.startsWith("$argon2id$")) return true;
  try {
    const options = parseOptions(passwordHash);
    return (
      options.memoryCost !== ARGON2_OPTIONS.memoryCost ||
      options.timeCost !== ARGON2_OPTIONS.timeCost ||
      options.parallelism !== ARGON2_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

/**
 * Compared against when the email is unknown, so that a wrong email costs as much as a wrong
 * password and response times do not reveal which accounts exist. Same settings as a real hash.
 */
export const TIMING_DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$Lt4KBAQSsaBFJae3nq1Daw$6rNTs/Av/H43/Svr3jE+OeNNim09MnsnY+tNY1YqkJ8";
