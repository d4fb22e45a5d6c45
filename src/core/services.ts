import type { Storage } from '../storage/database.js';
import { AuthService, type AuthOptions } from './auth.js';
import { MentorshipsService } from './mentorships.js';
import { PeopleService } from './people.js';
import { TeamsService } from './teams.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { EvidenceTransfer } from './evidence/evidence-transfer.js';

/** The core, wired once per process; every door (HTTP, CLI, jobs) calls these. */
export interface Services {
  storage: Storage;
  auth: AuthService;
  people: PeopleService;
  teams: TeamsService;
  mentorships: MentorshipsService;
  evidence: EvidenceService;
  evidenceTransfer: EvidenceTransfer;
}

export function createServices(storage: Storage, auth: AuthOptions): Services {
  const people = new PeopleService(storage.db);
  const evidence = new EvidenceService(storage);
  return {
    storage,
    people,
    auth: new AuthService(storage.db, people, auth),
    teams: new TeamsService(storage.db),
    mentorships: new MentorshipsService(storage.db),
    evidence,
    evidenceTransfer: new EvidenceTransfer(storage.db, evidence),
  };
}
