import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const MeetingTeamQuery = graphql(`
  query MeetingTeam {
    users {
      id
      name
      role
    }
  }
`);

export const MeetingCompanyQuery = graphql(`
  query MeetingCompany($id: ID!) {
    prospect(id: $id) {
      id
      name
      contacts {
        id
        name
        title
        doNotContact
      }
    }
  }
`);

/** Who can take part: the team (not the board), and the chosen company's contact persons. */
export function useMeetingFormData(prospectId: string | undefined) {
  const team = useQuery(MeetingTeamQuery);
  const company = useQuery(
    MeetingCompanyQuery,
    prospectId ? { variables: { id: prospectId } } : { skip: true, variables: { id: '' } },
  );
  return {
    team: team.data?.users.filter((user) => user.role !== 'BOARD'),
    company: prospectId ? company.data?.prospect : undefined,
    error: team.error ?? company.error,
    retry: () => {
      void team.refetch().catch(() => undefined);
      if (prospectId) void company.refetch().catch(() => undefined);
    },
  };
}
