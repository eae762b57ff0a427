import { withPayload } from '@payloadcms/next/withPayload'

const wildcardHosts = new Set(['0.0.0.0', '::', '[::]'])
const bracketed = (host) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host)

/**
 * The hosts the admin may be opened under in development besides `localhost` (allowed by Next itself):
 * Next 16 refuses its dev resources (the HMR websocket, `/_next/…`) to any other origin, so the admin
 * at http://127.0.0.1:3000/admin would stay blank and reload itself. Hostnames only, no port or scheme:
 * the loopback addresses, the host of PUBLIC_URL and DEMO_HOST (the address `next dev` listens on).
 * Another host (a LAN address): set PUBLIC_URL to the URL you open, or add it here.
 */
const allowedDevOrigins = () => {
  const hosts = new Set(['127.0.0.1', '[::1]'])
  try {
    if (process.env.PUBLIC_URL) hosts.add(new URL(process.env.PUBLIC_URL).hostname.toLowerCase())
  } catch {}
  const demoHost = process.env.DEMO_HOST?.trim().toLowerCase()
  if (demoHost && !wildcardHosts.has(demoHost)) hosts.add(bracketed(demoHost))
  return [...hosts]
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  allowedDevOrigins: allowedDevOrigins(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
