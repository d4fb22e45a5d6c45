import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

describe.each(DIALECTS)('mentorships on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let mentor: Caller;
  let mentee: Caller;
  let stranger: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    mentor = await addPerson(admin, { name: 'Mentor', email: 'mentor@example.com' });
    mentee = await addPerson(admin, { name: 'Mentee', email: 'mentee@example.com' });
    stranger = await addPerson(admin, { name: 'Stranger', email: 'stranger@example.com' });
  });
  afterEach(() => t.close());

  it('propose → accept by the other party → end', async () => {
    const res = await mentee.post('/mentorships', { mentorId: mentor.personId, menteeId: 'me' });
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({ mentorId: mentor.personId, menteeId: mentee.personId, status: 'proposed', proposedById: mentee.personId });
    expect((await mentee.post(`/mentorships/${m.id}/accept`)).statusCode).toBe(403);
    expect((await stranger.post(`/mentorships/${m.id}/accept`)).statusCode).toBe(404);
    expect((await stranger.get(`/mentorships/${m.id}`)).statusCode).toBe(404);
    const accepted = await mentor.post(`/mentorships/${m.id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'active' });
    expect(accepted.json().acceptedAt).not.toBeNull();
    expect((await mentor.post(`/mentorships/${m.id}/accept`)).statusCode).toBe(409);
    expect((await mentor.get('/mentorships?status=active')).json().items).toHaveLength(1);
    const ended = await mentee.post(`/mentorships/${m.id}/end`);
    expect(ended.json().status).toBe('ended');
    expect((await mentee.post(`/mentorships/${m.id}/end`)).statusCode).toBe(409);
  });

  it('a declined proposal can be proposed again; an open one cannot, in either direction', async () => {
    const first = (await mentor.post('/mentorships', { mentorId: 'me', menteeId: mentee.personId })).json();
    const dup = await mentee.post('/mentorships', { mentorId: mentor.personId, menteeId: mentee.personId });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('mentorship_exists');
    expect((await mentee.post(`/mentorships/${first.id}/decline`)).json().status).toBe('declined');
    expect((await mentee.post('/mentorships', { mentorId: mentor.personId, menteeId: mentee.personId })).statusCode).toBe(201);
  });

  it('refuses mentoring oneself (400) and proposals between two other people (403)', async () => {
    const self = await mentor.post('/mentorships', { mentorId: mentor.personId, menteeId: mentor.personId });
    expect(self.statusCode).toBe(400);
    expect(self.json().code).toBe('self_mentorship');
    expect((await stranger.post('/mentorships', { mentorId: mentor.personId, menteeId: mentee.personId })).statusCode).toBe(403);
    expect((await mentor.post('/mentorships', { mentorId: 'me', menteeId: 'ghost' })).json().errors[0].pointer).toBe('/menteeId');
  });

  it('concurrent duplicate proposals create one mentorship', async () => {
    const results = await Promise.all([
      mentor.post('/mentorships', { mentorId: 'me', menteeId: mentee.personId }),
      mentee.post('/mentorships', { mentorId: mentor.personId, menteeId: 'me' }),
      mentor.post('/mentorships', { mentorId: 'me', menteeId: mentee.personId }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
  });
});
