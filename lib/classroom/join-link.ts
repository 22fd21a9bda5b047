import 'server-only';
import { networkInterfaces } from 'node:os';
import { classroomEnv } from './env';
import { requestOrigin } from './http';
import { joinAddress, type JoinAddress } from './join-address';

/** The join page of session `code` as phones should open it, from this request and this machine. */
export function joinLink(headers: Headers, code: string): JoinAddress & { url: string } {
  const address = joinAddress({
    publicUrl: classroomEnv().CITED_PUBLIC_URL,
    requestOrigin: requestOrigin(headers),
    interfaces: Object.values(networkInterfaces()).flatMap((entries) => entries ?? []),
  });
  return { ...address, url: `${address.origin}/join?code=${code}` };
}
