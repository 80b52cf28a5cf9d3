import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql/gql';
import { formatDate } from '../../../shared/format/formatDate';
import { formatNumber } from '../../../shared/format/formatNumber';
import { formatOrgNumber } from '../../../shared/format/formatOrgNumber';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Chip } from '../../../shared/ui/Chip';
import { NoValue } from '../../../shared/ui/NoValue';

export const CompanyRowFragment = graphql(`
  fragment CompanyRow_prospect on Prospect {
    id
    name
    orgNumber
    stage {
      id
      nameNb
      nameEn
    }
    focusAreas {
      id
      nameNb
      nameEn
      color
    }
    owner {
      id
      name
    }
    estimatedJobs
    targetMunicipality {
      number
      name
    }
    lastActivityAt
    createdAt
  }
`);

/** One company in the company table; `rowIndex` is its place in the whole list (the table shows only some rows). */
export function CompanyRow({ prospect, rowIndex }: { prospect: FragmentType<typeof CompanyRowFragment>; rowIndex: number }) {
  const language = useLanguage();
  const { data, complete } = useFragment({ fragment: CompanyRowFragment, from: prospect });
  if (!complete) return null;

  return (
    <tr aria-rowindex={rowIndex}>
      <th scope="row"><Link to={`/companies/${data.id}`}>{data.name}</Link></th>
      <td className="nowrap">{data.orgNumber ? formatOrgNumber(data.orgNumber) : <NoValue />}</td>
      <td>{localizedName(data.stage, language)}</td>
      <td>
        {data.focusAreas.length > 0 ? (
          <ul className="inline-list nowrap-list">
            {data.focusAreas.map((area) => (
              <li key={area.id}>
                <Chip label={localizedName(area, language)} color={area.color} />
              </li>
            ))}
          </ul>
        ) : (
          <NoValue />
        )}
      </td>
      <td>{data.owner?.name ?? <NoValue />}</td>
      <td className="numeric">{data.estimatedJobs != null ? formatNumber(data.estimatedJobs, language) : <NoValue />}</td>
      <td>{data.targetMunicipality ? (data.targetMunicipality.name ?? data.targetMunicipality.number) : <NoValue />}</td>
      <td className="nowrap">{formatDate(data.lastActivityAt, language)}</td>
      <td className="nowrap">{formatDate(data.createdAt, language)}</td>
    </tr>
  );
}
