/**
 * The organisation the §4 table is read against, built for real through the API: a
 * two-deep reporting line above the owner, mentors whose mentorships are active, proposed
 * and ended, a member with no relation, and the admin.
 */
import { expect } from 'vitest';
import { addPerson, type Caller } from './app.js';

export type Section4Who = 'owner' | 'direct manager' | 'skip-level manager' | 'active mentor' | 'proposed mentor' | 'ended mentor' | 'member' | 'admin';

export async function buildSection4Org(admin: Caller): Promise<Map<Section4Who, Caller>> {
  const skip = await addPerson(admin, { name: 'Sky Skip', email: 'skip@example.com' });
  const manager = await addPerson(admin, { name: 'Mo Manager', email: 'mo@example.com', managerId: skip.personId });
  const owner = await addPerson(admin, { name: 'Olu Owner', email: 'olu@example.com', managerId: manager.personId });
  const mentor = await addPerson(admin, { name: 'Mena Mentor', email: 'mena@example.com' });
  const proposed = await addPerson(admin, { name: 'Pat Proposed', email: 'pat@example.com' });
  const ended = await addPerson(admin, { name: 'Ed Ended', email: 'ed@example.com' });
  const member = await addPerson(admin, { name: 'Sam Member', email: 'sam@example.com' });

  const propose = async (m: Caller): Promise<string> => {
    const r = await owner.post('/mentorships', { mentorId: m.personId, menteeId: owner.personId });
    expect(r.statusCode).toBe(201);
    return r.json<{ id: string }>().id;
  };
  expect((await mentor.post(`/mentorships/${await propose(mentor)}/accept`)).statusCode).toBe(200);
  await propose(proposed);
  const endedId = await propose(ended);
  expect((await ended.post(`/mentorships/${endedId}/accept`)).statusCode).toBe(200);
  expect((await ended.post(`/mentorships/${endedId}/end`)).statusCode).toBe(200);

  return new Map<Section4Who, Caller>([
    ['owner', owner],
    ['direct manager', manager],
    ['skip-level manager', skip],
    ['active mentor', mentor],
    ['proposed mentor', proposed],
    ['ended mentor', ended],
    ['member', member],
    ['admin', admin],
  ]);
}
