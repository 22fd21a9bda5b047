import 'server-only';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { classroomEnv } from './env';
import { requestOrigin } from './http';
import { joinAddress, type JoinAddress } from './join-address';

/** `path` (e.g. "/join?code=…") as phones should open it, from this request and this machine. */
export function phoneLink(headers: Headers, path: string): JoinAddress & { url: string } {
  const address = joinAddress({
    publicUrl: classroomEnv().CITED_PUBLIC_URL,
    requestOrigin: requestOrigin(headers),
    interfaces: Object.values(networkInterfaces()).flatMap((entries) => entries ?? []),
  });
  return { ...address, url: `${address.origin}${path}` };
}

/** The join page of session `code` as phones should open it. */
export function joinLink(headers: Headers, code: string): JoinAddress & { url: string } {
  return phoneLink(headers, `/join?code=${code}`);
}

/** A QR code of `url` as an inline SVG image (an <img> source: nothing to fetch, nothing to run). */
export async function qrDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
