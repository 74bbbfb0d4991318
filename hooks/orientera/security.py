"""The site's security policy: in every built page as a meta tag, and as a `_headers` file for
hosts that read one (Netlify, Cloudflare Pages and others), where it can say more."""
from __future__ import annotations

# Scripts only from the site itself (Pagefind's search runs WebAssembly); no inline script or
# style; nothing from any other host.
CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'")

# What only a response header can carry (a meta tag cannot set frame-ancestors).
HEADERS = {
    "Content-Security-Policy": CSP + "; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def headers_file() -> str:
    return "/*\n" + "".join(f"  {name}: {value}\n" for name, value in HEADERS.items())
