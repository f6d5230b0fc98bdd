// Signs in to a running Vis-à-vis over plain HTTP, as a browser would, for load and benchmark scripts.

/** Collects Set-Cookie headers into a Cookie header value. */
function mergeCookies(jar: Map<string, string>, response: Response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const index = pair.indexOf("=");
    jar.set(pair.slice(0, index), pair.slice(index + 1));
  }
}

export type HttpSession = { cookie: string };

/** One sign-in attempt as a browser makes it: the server's answer, and the cookies it set. */
export async function postCredentials(baseUrl: string, email: string, password: string): Promise<{ response: Response; cookie: string; isSignedIn: boolean }> {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  mergeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/documents`, json: "true" }),
  });
  mergeCookies(jar, response);
  return { response, cookie: cookieHeader(), isSignedIn: [...jar.keys()].some((name) => name.includes("session-token")) };
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const { response, cookie, isSignedIn } = await postCredentials(baseUrl, email, password);
  if (!isSignedIn) throw new Error(`sign-in failed for ${email} (status ${response.status})`);
  return { cookie };
}
