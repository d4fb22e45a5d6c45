/**
 * Home: where you stand on the way to your target level, and what to do next. The cards live
 * in ./home/; each reads its own data through the query cache, so a capture elsewhere
 * (which invalidates evidence) refreshes the recent list, readiness and the plan.
 */
import { useMe } from '../app/session.js';
import { PageHeader } from '../components/bits.js';
import { GoalCard } from './home/GoalCard.js';
import { HomePlan } from './home/HomePlan.js';
import { HomeReadiness } from './home/HomeReadiness.js';
import { NothingThisWeek } from './home/NothingThisWeek.js';
import { StaleStakeholders } from './home/StaleStakeholders.js';
import { ReviewsWaiting } from './home/ReviewsWaiting.js';
import { ProposalsCard } from './home/ProposalsCard.js';
import { RecentEvidence } from './home/RecentEvidence.js';
import { SetupSteps } from './home/SetupSteps.js';
import { useRecentEvidence } from './home/useRecentEvidence.js';

export default function Home() {
  const me = useMe();
  const recent = useRecentEvidence(me);
  const firstName = me.name.split(/\s+/)[0] ?? me.name;

  return (
    <div className="page">
      <PageHeader
        title={`Welcome, ${firstName}`}
        documentTitle="Home"
        description="Where you stand on the way to your target level, and what to do next."
      />

      <div className="home-grid">
        {recent.nothingThisWeek && <NothingThisWeek />}
        <ReviewsWaiting />
        <ProposalsCard />
        <StaleStakeholders />
        <HomeReadiness me={me} />
        <RecentEvidence recent={recent} />
        <HomePlan me={me} />
        <GoalCard me={me} />
        <SetupSteps me={me} />
      </div>
    </div>
  );
}
