import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * Compared against when the email is unknown, so that a wrong email takes as long as a
 * wrong password and response times do not reveal which accounts exist.
 */
export const TIMING_DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.6Yx1uQF0F4FvWQ2C0lT0tB4h8pC2";
