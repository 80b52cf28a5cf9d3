/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CompanyPage($id: ID!, $personal: Boolean!, $writer: Boolean!) {\n    prospect(id: $id) {\n      id\n      name\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n      ...ArchiveButton_prospect @include(if: $writer)\n      ...EditCompany_prospect @include(if: $writer)\n      ...ContactList_prospect @include(if: $personal)\n      ...Timeline_prospect @include(if: $personal)\n    }\n    stages {\n      id\n      ...StageStepper_stage\n    }\n  }\n": typeof types.CompanyPageDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    entity\n    entityId\n    diff\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      version\n      active\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n    createdAt\n  }\n": typeof types.CompanyRow_ProspectFragmentDoc,
    "\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter, $orderBy: ProspectOrder!) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n": typeof types.CompanyListDocument,
    "\n  fragment ContactCard_contact on Contact {\n    id\n    name\n    title\n    email\n    phone\n    doNotContact\n    version\n  }\n": typeof types.ContactCard_ContactFragmentDoc,
    "\n  fragment ContactList_prospect on Prospect {\n    id\n    contacts {\n      id\n      ...ContactCard_contact\n    }\n  }\n": typeof types.ContactList_ProspectFragmentDoc,
    "\n  mutation CreateContact($input: CreateContactInput!, $idempotencyKey: String) {\n    createContact(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      ...ContactCard_contact\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      ...ContactCard_contact\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation DeleteContact($id: ID!, $version: Int!) {\n    deleteContact(id: $id, version: $version)\n  }\n": typeof types.DeleteContactDocument,
    "\n  query ExportPerson($contactId: ID!) {\n    exportPerson(contactId: $contactId)\n  }\n": typeof types.ExportPersonDocument,
    "\n  mutation ErasePerson($contactId: ID!, $version: Int!) {\n    erasePerson(contactId: $contactId, version: $version) {\n      contactId\n      meetingLinksRemoved\n      meetingsRedacted\n      auditEntriesAnonymised\n    }\n  }\n": typeof types.ErasePersonDocument,
    "\n  query PreviewCompanyImport($csv: String!, $mapping: [ColumnMappingInput!]) {\n    previewCompanyImport(csv: $csv, mapping: $mapping) {\n      canCommit\n      delimiter\n      headers\n      rowCount\n      mapping {\n        column\n        field\n      }\n      rows {\n        line\n        name\n        orgNumber\n        website\n        industryCode\n        industryText\n        legalForm\n        employees\n        address\n        postalCode\n        postalPlace\n        municipality\n        targetMunicipality\n        estimatedJobs\n        source\n      }\n      issues {\n        line\n        column\n        field\n        message\n      }\n      duplicates {\n        line\n        orgNumber\n        kind\n        firstLine\n        prospectId\n        prospectName\n      }\n    }\n  }\n": typeof types.PreviewCompanyImportDocument,
    "\n  mutation CommitCompanyImport(\n    $csv: String!\n    $mapping: [ColumnMappingInput!]\n    $duplicates: DuplicateHandling!\n    $idempotencyKey: String!\n  ) {\n    commitCompanyImport(csv: $csv, mapping: $mapping, duplicates: $duplicates, idempotencyKey: $idempotencyKey) {\n      id\n      created\n      merged\n      skipped\n    }\n  }\n": typeof types.CommitCompanyImportDocument,
    "\n  query FilterOptions {\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    stages {\n      id\n      nameNb\n      nameEn\n    }\n    users {\n      id\n      name\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  query SavedViews {\n    savedViews {\n      id\n      name\n      shared\n      mine\n      version\n      filter\n      owner {\n        id\n        name\n      }\n    }\n    defaultView {\n      id\n    }\n  }\n": typeof types.SavedViewsDocument,
    "\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveViewDocument,
    "\n  mutation DeleteView($id: ID!, $version: Int!) {\n    deleteView(id: $id, version: $version)\n  }\n": typeof types.DeleteViewDocument,
    "\n  mutation SetDefaultView($id: ID) {\n    setDefaultView(id: $id) {\n      id\n    }\n  }\n": typeof types.SetDefaultViewDocument,
    "\n  fragment EditMeeting_meeting on Meeting {\n    id\n    version\n    kind\n    startsAt\n    minutes\n    outcome\n    nextStep\n    followUpDate\n    followUpDone\n    prospects {\n      id\n      name\n    }\n    users {\n      id\n      name\n    }\n    contacts {\n      id\n      name\n    }\n  }\n": typeof types.EditMeeting_MeetingFragmentDoc,
    "\n  fragment FollowUpItem_meeting on Meeting {\n    id\n    version\n    kind\n    startsAt\n    nextStep\n    followUpDate\n    followUpDone\n    prospects {\n      id\n      name\n    }\n  }\n": typeof types.FollowUpItem_MeetingFragmentDoc,
    "\n  fragment UpcomingMeeting_meeting on Meeting {\n    id\n    kind\n    startsAt\n    prospects {\n      id\n      name\n    }\n    users {\n      id\n      name\n    }\n  }\n": typeof types.UpcomingMeeting_MeetingFragmentDoc,
    "\n  query MeetingCompanySearch($text: String!) {\n    prospects(first: 8, filter: { text: $text }, orderBy: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          orgNumber\n        }\n      }\n    }\n  }\n": typeof types.MeetingCompanySearchDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!, $idempotencyKey: String) {\n    createMeeting(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      kind\n      startsAt\n      followUpDate\n      followUpDone\n      prospects {\n        id\n      }\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation DeleteMeeting($id: ID!, $version: Int!) {\n    deleteMeeting(id: $id, version: $version)\n  }\n": typeof types.DeleteMeetingDocument,
    "\n  mutation MarkFollowUpDone($id: ID!, $version: Int!) {\n    updateMeeting(input: { id: $id, version: $version, followUpDone: true }) {\n      id\n      version\n      followUpDone\n    }\n  }\n": typeof types.MarkFollowUpDoneDocument,
    "\n  query MeetingTeam {\n    users {\n      id\n      name\n      role\n    }\n  }\n": typeof types.MeetingTeamDocument,
    "\n  query MeetingCompany($id: ID!) {\n    prospect(id: $id) {\n      id\n      name\n      contacts {\n        id\n        name\n        title\n        doNotContact\n      }\n    }\n  }\n": typeof types.MeetingCompanyDocument,
    "\n  query MeetingToEdit($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...EditMeeting_meeting @unmask\n    }\n  }\n": typeof types.MeetingToEditDocument,
    "\n  query MyFollowUps {\n    myFollowUps {\n      overdue {\n        id\n        ...FollowUpItem_meeting\n      }\n      thisWeek {\n        id\n        ...FollowUpItem_meeting\n      }\n      later {\n        id\n        ...FollowUpItem_meeting\n      }\n    }\n  }\n": typeof types.MyFollowUpsDocument,
    "\n  query UpcomingMeetings {\n    upcomingMeetings(first: 20) {\n      id\n      ...UpcomingMeeting_meeting\n    }\n  }\n": typeof types.UpcomingMeetingsDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      startsAt\n      prospects {\n        id\n      }\n      ...EditMeeting_meeting\n      ...FollowUpItem_meeting\n      ...UpcomingMeeting_meeting\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  fragment PipelineCard_prospect on Prospect {\n    id\n    name\n    stale\n    lastActivityAt\n    estimatedJobs\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.PipelineCard_ProspectFragmentDoc,
    "\n  mutation MovePipelineCard($input: MoveProspectInput!) {\n    moveProspect(input: $input) {\n      id\n      version\n      stale\n      lastActivityAt\n      stage {\n        id\n      }\n    }\n  }\n": typeof types.MovePipelineCardDocument,
    "\n  fragment MovedCard_prospect on Prospect {\n    stale\n    lastActivityAt\n  }\n": typeof types.MovedCard_ProspectFragmentDoc,
    "\n  query Pipeline($filter: ProspectFilter, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      columns {\n        stage {\n          id\n          key\n          nameNb\n          nameEn\n          category\n          position\n          staleAfterDays\n        }\n        count\n        estimatedJobs\n        cards {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              name\n              version\n              estimatedJobs\n              ...PipelineCard_prospect\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PipelineDocument,
    "\n  query PipelineCards($stageId: ID!, $filter: ProspectFilter, $first: Int!, $after: String) {\n    pipelineCards(stageId: $stageId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          version\n          estimatedJobs\n          ...PipelineCard_prospect\n        }\n      }\n    }\n  }\n": typeof types.PipelineCardsDocument,
    "\n  query RetentionSettings {\n    retentionSettings {\n      months\n      version\n      updatedAt\n    }\n  }\n": typeof types.RetentionSettingsDocument,
    "\n  mutation UpdateRetentionSettings($months: Int, $version: Int!) {\n    updateRetentionSettings(months: $months, version: $version) {\n      months\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateRetentionSettingsDocument,
    "\n  mutation ApplyRetention {\n    applyRetention {\n      months\n      erasedContactIds\n      prospects {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApplyRetentionDocument,
    "\n  fragment FocusAreaSettings_focusArea on FocusArea {\n    id\n    key\n    nameNb\n    nameEn\n    color\n    position\n    version\n  }\n": typeof types.FocusAreaSettings_FocusAreaFragmentDoc,
    "\n  query FocusAreaList {\n    focusAreas {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n": typeof types.FocusAreaListDocument,
    "\n  mutation RetireTarget($id: ID!, $version: Int!) {\n    retireTarget(id: $id, version: $version) {\n      id\n      retiredAt\n      version\n    }\n  }\n": typeof types.RetireTargetDocument,
    "\n  mutation CreateFocusArea($input: CreateFocusAreaInput!) {\n    createFocusArea(input: $input) {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n": typeof types.CreateFocusAreaDocument,
    "\n  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {\n    updateFocusArea(input: $input) {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n": typeof types.UpdateFocusAreaDocument,
    "\n  mutation CreateTarget($input: CreateTargetInput!) {\n    createTarget(input: $input) {\n      ...TargetSettings_target @unmask\n    }\n  }\n": typeof types.CreateTargetDocument,
    "\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      ...TargetSettings_target @unmask\n    }\n  }\n": typeof types.UpdateTargetDocument,
    "\n  fragment StageSettings_stage on Stage {\n    id\n    key\n    nameNb\n    nameEn\n    category\n    position\n    probability\n    staleAfterDays\n    version\n  }\n": typeof types.StageSettings_StageFragmentDoc,
    "\n  query StageList {\n    stages {\n      ...StageSettings_stage @unmask\n    }\n  }\n": typeof types.StageListDocument,
    "\n  fragment TargetSettings_target on Target {\n    id\n    metric\n    meetingKind\n    value\n    perYear\n    periodStart\n    periodEnd\n    version\n  }\n": typeof types.TargetSettings_TargetFragmentDoc,
    "\n  query TargetList {\n    targets {\n      ...TargetSettings_target @unmask\n    }\n  }\n": typeof types.TargetListDocument,
    "\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...StageSettings_stage @unmask\n    }\n  }\n": typeof types.UpdateStageDocument,
    "\n  mutation CreateProspectFromRegister($orgNumber: String!, $focusAreaIds: [ID!], $idempotencyKey: String) {\n    createProspectFromRegister(orgNumber: $orgNumber, focusAreaIds: $focusAreaIds, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n": typeof types.CreateProspectFromRegisterDocument,
    "\n  query ProspectCandidates($filter: ProspectCandidateFilter, $first: Int!, $after: String) {\n    prospectCandidates(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          orgNumber\n          name\n          legalForm\n          industryCode\n          industryText\n          employees\n          municipality {\n            number\n            name\n          }\n          suggestedFocusArea {\n            id\n            nameNb\n            nameEn\n            color\n          }\n          bankrupt\n          underLiquidation\n          deletedOn\n        }\n      }\n    }\n  }\n": typeof types.ProspectCandidatesDocument,
    "\n  query CandidateMunicipalities {\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": typeof types.CandidateMunicipalitiesDocument,
    "\n  fragment ArchiveButton_prospect on Prospect {\n    id\n    version\n    name\n    archived\n  }\n": typeof types.ArchiveButton_ProspectFragmentDoc,
    "\n  fragment EditCompany_prospect on Prospect {\n    id\n    version\n    name\n    orgNumber\n    legalForm\n    industryCode\n    industryText\n    employees\n    address\n    postalCode\n    postalPlace\n    municipality {\n      number\n      name\n    }\n    website\n    targetGroup\n    targetMunicipality {\n      number\n      name\n    }\n    owner {\n      id\n      name\n    }\n    source\n    estimatedJobs\n    expectedDecisionDate\n    focusAreas {\n      id\n    }\n  }\n": typeof types.EditCompany_ProspectFragmentDoc,
    "\n  fragment ProspectHeader_prospect on Prospect {\n    id\n    name\n    orgNumber\n    legalForm\n    archived\n    stale\n    stage {\n      id\n      nameNb\n      nameEn\n      category\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    realizedJobs\n    newResidents\n    lostReason\n    industryCode\n    industryText\n    employees\n    website\n    address\n    postalCode\n    postalPlace\n    municipality {\n      number\n      name\n    }\n    targetGroup\n    targetMunicipality {\n      number\n      name\n    }\n    source\n    expectedDecisionDate\n    createdAt\n  }\n": typeof types.ProspectHeader_ProspectFragmentDoc,
    "\n  fragment StageHistory_prospect on Prospect {\n    id\n    stageHistory {\n      id\n      changedAt\n      from {\n        id\n        nameNb\n        nameEn\n      }\n      to {\n        id\n        nameNb\n        nameEn\n      }\n      by {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StageHistory_ProspectFragmentDoc,
    "\n  fragment StageStepper_prospect on Prospect {\n    id\n    version\n    stage {\n      id\n    }\n    stageHistory {\n      id\n      from {\n        id\n        category\n      }\n      to {\n        id\n        category\n      }\n    }\n  }\n": typeof types.StageStepper_ProspectFragmentDoc,
    "\n  fragment StageStepper_stage on Stage {\n    id\n    nameNb\n    nameEn\n    category\n    position\n  }\n": typeof types.StageStepper_StageFragmentDoc,
    "\n  fragment Timeline_prospect on Prospect {\n    id\n    timeline {\n      __typename\n      ... on MeetingEvent {\n        at\n        meeting {\n          id\n          version\n          kind\n          startsAt\n          minutes\n          outcome\n          nextStep\n          followUpDate\n          followUpDone\n          users {\n            id\n            name\n          }\n          contacts {\n            id\n            name\n          }\n        }\n      }\n      ... on StageChangeEvent {\n        at\n        from {\n          id\n          nameNb\n          nameEn\n        }\n        to {\n          id\n          nameNb\n          nameEn\n        }\n        by {\n          id\n          name\n        }\n      }\n      ... on EditEvent {\n        at\n        action\n        entity\n        diff\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.Timeline_ProspectFragmentDoc,
    "\n  mutation ArchiveProspect($id: ID!, $version: Int!) {\n    archiveProspect(id: $id, version: $version) {\n      id\n      version\n      archived\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...Timeline_prospect\n    }\n  }\n": typeof types.ArchiveProspectDocument,
    "\n  mutation RestoreProspect($id: ID!, $version: Int!) {\n    restoreProspect(id: $id, version: $version) {\n      id\n      version\n      archived\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...Timeline_prospect\n    }\n  }\n": typeof types.RestoreProspectDocument,
    "\n  mutation CreateProspect($input: CreateProspectInput!, $idempotencyKey: String) {\n    createProspect(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n": typeof types.CreateProspectDocument,
    "\n  query LatestProspect($id: ID!) {\n    prospect(id: $id) {\n      id\n      ...EditCompany_prospect @unmask\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n    }\n  }\n": typeof types.LatestProspectDocument,
    "\n  mutation MoveProspect($input: MoveProspectInput!) {\n    moveProspect(input: $input) {\n      id\n      version\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n      ...Timeline_prospect\n    }\n  }\n": typeof types.MoveProspectDocument,
    "\n  query ProspectFormOptions {\n    focusAreas {\n      id\n      key\n      nameNb\n      nameEn\n      color\n    }\n    users {\n      id\n      name\n      role\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": typeof types.ProspectFormOptionsDocument,
    "\n  mutation UpdateProspect($input: UpdateProspectInput!) {\n    updateProspect(input: $input) {\n      id\n      version\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...EditCompany_prospect\n      ...Timeline_prospect\n    }\n  }\n": typeof types.UpdateProspectDocument,
    "\n  query LastRegisterImport {\n    lastRegisterImport {\n      id\n      status\n      source\n      fileName\n      startedAt\n      finishedAt\n      startedBy {\n        id\n        name\n      }\n      rowsRead\n      rowsKept\n      municipalities\n      industryPrefixes\n      newOrgNumbers\n      changedOrgNumbers\n      removedOrgNumbers\n      error\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": typeof types.LastRegisterImportDocument,
    "\n  fragment RegisterEntity_fields on RegisterEntity {\n    orgNumber\n    name\n    personalName\n    legalForm\n    industryCode\n    industryText\n    employees\n    website\n    address\n    postalCode\n    postalPlace\n    municipalityNumber\n    municipalityName\n    bankrupt\n    underLiquidation\n  }\n": typeof types.RegisterEntity_FieldsFragmentDoc,
    "\n  query RegisterMunicipalities {\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": typeof types.RegisterMunicipalitiesDocument,
    "\n  query RegisterLookup($orgNumber: String!) {\n    registerLookup(orgNumber: $orgNumber) {\n      status\n      message\n      deletedOn\n      entity {\n        ...RegisterEntity_fields @unmask\n      }\n    }\n  }\n": typeof types.RegisterLookupDocument,
    "\n  query RegisterSearch($name: String, $municipality: String) {\n    registerSearch(name: $name, municipality: $municipality, size: 15) {\n      status\n      message\n      total\n      entities {\n        ...RegisterEntity_fields @unmask\n      }\n    }\n  }\n": typeof types.RegisterSearchDocument,
    "\n  fragment ClosedCompanies_prospect on Prospect {\n    id\n    name\n    realizedJobs\n    estimatedJobs\n    newResidents\n    lostReason\n    stage {\n      id\n      category\n    }\n    stageHistory {\n      id\n      changedAt\n    }\n  }\n": typeof types.ClosedCompanies_ProspectFragmentDoc,
    "\n  query ClosedCompanies($filter: ProspectFilter!, $after: String) {\n    prospects(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ClosedCompanies_prospect @unmask\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ClosedCompaniesDocument,
    "\n  query ClosedStages {\n    stages {\n      id\n      category\n    }\n  }\n": typeof types.ClosedStagesDocument,
    "\n  fragment EstablishmentsChart_statistics on Statistics {\n    establishmentsByYear {\n      year\n      count\n    }\n  }\n": typeof types.EstablishmentsChart_StatisticsFragmentDoc,
    "\n  fragment FocusAreaConversion_statistics on Statistics {\n    byFocusArea {\n      focusArea {\n        id\n        nameNb\n        nameEn\n        color\n      }\n      won\n      lost\n      winRate\n      realizedJobs\n      funnel {\n        reached\n        conversion\n        stage {\n          id\n        }\n      }\n      funnelWon\n    }\n  }\n": typeof types.FocusAreaConversion_StatisticsFragmentDoc,
    "\n  fragment FunnelChart_statistics on Statistics {\n    funnel {\n      reached\n      conversion\n      stage {\n        id\n        nameNb\n        nameEn\n      }\n    }\n    funnelWon\n  }\n": typeof types.FunnelChart_StatisticsFragmentDoc,
    "\n  fragment JobsBurnUp_statistics on Statistics {\n    jobsOverTime {\n      month\n      realized\n      cumulative\n    }\n    jobs {\n      target {\n        id\n        value\n      }\n    }\n  }\n": typeof types.JobsBurnUp_StatisticsFragmentDoc,
    "\n  fragment MeetingsByQuarter_statistics on Statistics {\n    meetingsByQuarter {\n      quarter\n      kind\n      count\n    }\n  }\n": typeof types.MeetingsByQuarter_StatisticsFragmentDoc,
    "\n  fragment TargetTiles_statistics on Statistics {\n    jobs {\n      realized\n      weightedPipeline\n      target {\n        id\n        value\n      }\n    }\n    residents {\n      realized\n      target {\n        id\n        value\n      }\n    }\n    establishmentsByYear {\n      year\n      count\n    }\n    won\n    lost\n    winRate\n    activeCompanies\n  }\n": typeof types.TargetTiles_StatisticsFragmentDoc,
    "\n  fragment TimeInStage_statistics on Statistics {\n    timeInStage {\n      count\n      medianDays\n      stage {\n        id\n        nameNb\n        nameEn\n        category\n      }\n    }\n    medianDaysToDecision\n  }\n": typeof types.TimeInStage_StatisticsFragmentDoc,
    "\n  query StatisticsFigures($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...TargetTiles_statistics @unmask\n      ...FunnelChart_statistics @unmask\n      ...EstablishmentsChart_statistics @unmask\n      ...JobsBurnUp_statistics @unmask\n      ...MeetingsByQuarter_statistics @unmask\n    }\n    targets {\n      id\n      metric\n      value\n      perYear\n      periodStart\n      periodEnd\n    }\n  }\n": typeof types.StatisticsFiguresDocument,
    "\n  query StatisticsBreakdown($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...FocusAreaConversion_statistics @unmask\n    }\n  }\n": typeof types.StatisticsBreakdownDocument,
    "\n  query StatisticsDurations($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...TimeInStage_statistics @unmask\n    }\n  }\n": typeof types.StatisticsDurationsDocument,
    "\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    version\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      active\n      version\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query UserList {\n    users(includeInactive: true) {\n      id\n      ...UserRow_user\n    }\n  }\n": typeof types.UserListDocument,
};
const documents: Documents = {
    "\n  query CompanyPage($id: ID!, $personal: Boolean!, $writer: Boolean!) {\n    prospect(id: $id) {\n      id\n      name\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n      ...ArchiveButton_prospect @include(if: $writer)\n      ...EditCompany_prospect @include(if: $writer)\n      ...ContactList_prospect @include(if: $personal)\n      ...Timeline_prospect @include(if: $personal)\n    }\n    stages {\n      id\n      ...StageStepper_stage\n    }\n  }\n": types.CompanyPageDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    entity\n    entityId\n    diff\n    actor {\n      id\n      name\n    }\n  }\n": types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      version\n      active\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n    createdAt\n  }\n": types.CompanyRow_ProspectFragmentDoc,
    "\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter, $orderBy: ProspectOrder!) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n": types.CompanyListDocument,
    "\n  fragment ContactCard_contact on Contact {\n    id\n    name\n    title\n    email\n    phone\n    doNotContact\n    version\n  }\n": types.ContactCard_ContactFragmentDoc,
    "\n  fragment ContactList_prospect on Prospect {\n    id\n    contacts {\n      id\n      ...ContactCard_contact\n    }\n  }\n": types.ContactList_ProspectFragmentDoc,
    "\n  mutation CreateContact($input: CreateContactInput!, $idempotencyKey: String) {\n    createContact(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      ...ContactCard_contact\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      ...ContactCard_contact\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation DeleteContact($id: ID!, $version: Int!) {\n    deleteContact(id: $id, version: $version)\n  }\n": types.DeleteContactDocument,
    "\n  query ExportPerson($contactId: ID!) {\n    exportPerson(contactId: $contactId)\n  }\n": types.ExportPersonDocument,
    "\n  mutation ErasePerson($contactId: ID!, $version: Int!) {\n    erasePerson(contactId: $contactId, version: $version) {\n      contactId\n      meetingLinksRemoved\n      meetingsRedacted\n      auditEntriesAnonymised\n    }\n  }\n": types.ErasePersonDocument,
    "\n  query PreviewCompanyImport($csv: String!, $mapping: [ColumnMappingInput!]) {\n    previewCompanyImport(csv: $csv, mapping: $mapping) {\n      canCommit\n      delimiter\n      headers\n      rowCount\n      mapping {\n        column\n        field\n      }\n      rows {\n        line\n        name\n        orgNumber\n        website\n        industryCode\n        industryText\n        legalForm\n        employees\n        address\n        postalCode\n        postalPlace\n        municipality\n        targetMunicipality\n        estimatedJobs\n        source\n      }\n      issues {\n        line\n        column\n        field\n        message\n      }\n      duplicates {\n        line\n        orgNumber\n        kind\n        firstLine\n        prospectId\n        prospectName\n      }\n    }\n  }\n": types.PreviewCompanyImportDocument,
    "\n  mutation CommitCompanyImport(\n    $csv: String!\n    $mapping: [ColumnMappingInput!]\n    $duplicates: DuplicateHandling!\n    $idempotencyKey: String!\n  ) {\n    commitCompanyImport(csv: $csv, mapping: $mapping, duplicates: $duplicates, idempotencyKey: $idempotencyKey) {\n      id\n      created\n      merged\n      skipped\n    }\n  }\n": types.CommitCompanyImportDocument,
    "\n  query FilterOptions {\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    stages {\n      id\n      nameNb\n      nameEn\n    }\n    users {\n      id\n      name\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  query SavedViews {\n    savedViews {\n      id\n      name\n      shared\n      mine\n      version\n      filter\n      owner {\n        id\n        name\n      }\n    }\n    defaultView {\n      id\n    }\n  }\n": types.SavedViewsDocument,
    "\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n    }\n  }\n": types.SaveViewDocument,
    "\n  mutation DeleteView($id: ID!, $version: Int!) {\n    deleteView(id: $id, version: $version)\n  }\n": types.DeleteViewDocument,
    "\n  mutation SetDefaultView($id: ID) {\n    setDefaultView(id: $id) {\n      id\n    }\n  }\n": types.SetDefaultViewDocument,
    "\n  fragment EditMeeting_meeting on Meeting {\n    id\n    version\n    kind\n    startsAt\n    minutes\n    outcome\n    nextStep\n    followUpDate\n    followUpDone\n    prospects {\n      id\n      name\n    }\n    users {\n      id\n      name\n    }\n    contacts {\n      id\n      name\n    }\n  }\n": types.EditMeeting_MeetingFragmentDoc,
    "\n  fragment FollowUpItem_meeting on Meeting {\n    id\n    version\n    kind\n    startsAt\n    nextStep\n    followUpDate\n    followUpDone\n    prospects {\n      id\n      name\n    }\n  }\n": types.FollowUpItem_MeetingFragmentDoc,
    "\n  fragment UpcomingMeeting_meeting on Meeting {\n    id\n    kind\n    startsAt\n    prospects {\n      id\n      name\n    }\n    users {\n      id\n      name\n    }\n  }\n": types.UpcomingMeeting_MeetingFragmentDoc,
    "\n  query MeetingCompanySearch($text: String!) {\n    prospects(first: 8, filter: { text: $text }, orderBy: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          orgNumber\n        }\n      }\n    }\n  }\n": types.MeetingCompanySearchDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!, $idempotencyKey: String) {\n    createMeeting(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      kind\n      startsAt\n      followUpDate\n      followUpDone\n      prospects {\n        id\n      }\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation DeleteMeeting($id: ID!, $version: Int!) {\n    deleteMeeting(id: $id, version: $version)\n  }\n": types.DeleteMeetingDocument,
    "\n  mutation MarkFollowUpDone($id: ID!, $version: Int!) {\n    updateMeeting(input: { id: $id, version: $version, followUpDone: true }) {\n      id\n      version\n      followUpDone\n    }\n  }\n": types.MarkFollowUpDoneDocument,
    "\n  query MeetingTeam {\n    users {\n      id\n      name\n      role\n    }\n  }\n": types.MeetingTeamDocument,
    "\n  query MeetingCompany($id: ID!) {\n    prospect(id: $id) {\n      id\n      name\n      contacts {\n        id\n        name\n        title\n        doNotContact\n      }\n    }\n  }\n": types.MeetingCompanyDocument,
    "\n  query MeetingToEdit($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...EditMeeting_meeting @unmask\n    }\n  }\n": types.MeetingToEditDocument,
    "\n  query MyFollowUps {\n    myFollowUps {\n      overdue {\n        id\n        ...FollowUpItem_meeting\n      }\n      thisWeek {\n        id\n        ...FollowUpItem_meeting\n      }\n      later {\n        id\n        ...FollowUpItem_meeting\n      }\n    }\n  }\n": types.MyFollowUpsDocument,
    "\n  query UpcomingMeetings {\n    upcomingMeetings(first: 20) {\n      id\n      ...UpcomingMeeting_meeting\n    }\n  }\n": types.UpcomingMeetingsDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      startsAt\n      prospects {\n        id\n      }\n      ...EditMeeting_meeting\n      ...FollowUpItem_meeting\n      ...UpcomingMeeting_meeting\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  fragment PipelineCard_prospect on Prospect {\n    id\n    name\n    stale\n    lastActivityAt\n    estimatedJobs\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n  }\n": types.PipelineCard_ProspectFragmentDoc,
    "\n  mutation MovePipelineCard($input: MoveProspectInput!) {\n    moveProspect(input: $input) {\n      id\n      version\n      stale\n      lastActivityAt\n      stage {\n        id\n      }\n    }\n  }\n": types.MovePipelineCardDocument,
    "\n  fragment MovedCard_prospect on Prospect {\n    stale\n    lastActivityAt\n  }\n": types.MovedCard_ProspectFragmentDoc,
    "\n  query Pipeline($filter: ProspectFilter, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      columns {\n        stage {\n          id\n          key\n          nameNb\n          nameEn\n          category\n          position\n          staleAfterDays\n        }\n        count\n        estimatedJobs\n        cards {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              name\n              version\n              estimatedJobs\n              ...PipelineCard_prospect\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PipelineDocument,
    "\n  query PipelineCards($stageId: ID!, $filter: ProspectFilter, $first: Int!, $after: String) {\n    pipelineCards(stageId: $stageId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          version\n          estimatedJobs\n          ...PipelineCard_prospect\n        }\n      }\n    }\n  }\n": types.PipelineCardsDocument,
    "\n  query RetentionSettings {\n    retentionSettings {\n      months\n      version\n      updatedAt\n    }\n  }\n": types.RetentionSettingsDocument,
    "\n  mutation UpdateRetentionSettings($months: Int, $version: Int!) {\n    updateRetentionSettings(months: $months, version: $version) {\n      months\n      version\n      updatedAt\n    }\n  }\n": types.UpdateRetentionSettingsDocument,
    "\n  mutation ApplyRetention {\n    applyRetention {\n      months\n      erasedContactIds\n      prospects {\n        id\n        name\n      }\n    }\n  }\n": types.ApplyRetentionDocument,
    "\n  fragment FocusAreaSettings_focusArea on FocusArea {\n    id\n    key\n    nameNb\n    nameEn\n    color\n    position\n    version\n  }\n": types.FocusAreaSettings_FocusAreaFragmentDoc,
    "\n  query FocusAreaList {\n    focusAreas {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n": types.FocusAreaListDocument,
    "\n  mutation RetireTarget($id: ID!, $version: Int!) {\n    retireTarget(id: $id, version: $version) {\n      id\n      retiredAt\n      version\n    }\n  }\n": types.RetireTargetDocument,
    "\n  mutation CreateFocusArea($input: CreateFocusAreaInput!) {\n    createFocusArea(input: $input) {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n": types.CreateFocusAreaDocument,
    "\n  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {\n    updateFocusArea(input: $input) {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n": types.UpdateFocusAreaDocument,
    "\n  mutation CreateTarget($input: CreateTargetInput!) {\n    createTarget(input: $input) {\n      ...TargetSettings_target @unmask\n    }\n  }\n": types.CreateTargetDocument,
    "\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      ...TargetSettings_target @unmask\n    }\n  }\n": types.UpdateTargetDocument,
    "\n  fragment StageSettings_stage on Stage {\n    id\n    key\n    nameNb\n    nameEn\n    category\n    position\n    probability\n    staleAfterDays\n    version\n  }\n": types.StageSettings_StageFragmentDoc,
    "\n  query StageList {\n    stages {\n      ...StageSettings_stage @unmask\n    }\n  }\n": types.StageListDocument,
    "\n  fragment TargetSettings_target on Target {\n    id\n    metric\n    meetingKind\n    value\n    perYear\n    periodStart\n    periodEnd\n    version\n  }\n": types.TargetSettings_TargetFragmentDoc,
    "\n  query TargetList {\n    targets {\n      ...TargetSettings_target @unmask\n    }\n  }\n": types.TargetListDocument,
    "\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...StageSettings_stage @unmask\n    }\n  }\n": types.UpdateStageDocument,
    "\n  mutation CreateProspectFromRegister($orgNumber: String!, $focusAreaIds: [ID!], $idempotencyKey: String) {\n    createProspectFromRegister(orgNumber: $orgNumber, focusAreaIds: $focusAreaIds, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n": types.CreateProspectFromRegisterDocument,
    "\n  query ProspectCandidates($filter: ProspectCandidateFilter, $first: Int!, $after: String) {\n    prospectCandidates(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          orgNumber\n          name\n          legalForm\n          industryCode\n          industryText\n          employees\n          municipality {\n            number\n            name\n          }\n          suggestedFocusArea {\n            id\n            nameNb\n            nameEn\n            color\n          }\n          bankrupt\n          underLiquidation\n          deletedOn\n        }\n      }\n    }\n  }\n": types.ProspectCandidatesDocument,
    "\n  query CandidateMunicipalities {\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": types.CandidateMunicipalitiesDocument,
    "\n  fragment ArchiveButton_prospect on Prospect {\n    id\n    version\n    name\n    archived\n  }\n": types.ArchiveButton_ProspectFragmentDoc,
    "\n  fragment EditCompany_prospect on Prospect {\n    id\n    version\n    name\n    orgNumber\n    legalForm\n    industryCode\n    industryText\n    employees\n    address\n    postalCode\n    postalPlace\n    municipality {\n      number\n      name\n    }\n    website\n    targetGroup\n    targetMunicipality {\n      number\n      name\n    }\n    owner {\n      id\n      name\n    }\n    source\n    estimatedJobs\n    expectedDecisionDate\n    focusAreas {\n      id\n    }\n  }\n": types.EditCompany_ProspectFragmentDoc,
    "\n  fragment ProspectHeader_prospect on Prospect {\n    id\n    name\n    orgNumber\n    legalForm\n    archived\n    stale\n    stage {\n      id\n      nameNb\n      nameEn\n      category\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    realizedJobs\n    newResidents\n    lostReason\n    industryCode\n    industryText\n    employees\n    website\n    address\n    postalCode\n    postalPlace\n    municipality {\n      number\n      name\n    }\n    targetGroup\n    targetMunicipality {\n      number\n      name\n    }\n    source\n    expectedDecisionDate\n    createdAt\n  }\n": types.ProspectHeader_ProspectFragmentDoc,
    "\n  fragment StageHistory_prospect on Prospect {\n    id\n    stageHistory {\n      id\n      changedAt\n      from {\n        id\n        nameNb\n        nameEn\n      }\n      to {\n        id\n        nameNb\n        nameEn\n      }\n      by {\n        id\n        name\n      }\n    }\n  }\n": types.StageHistory_ProspectFragmentDoc,
    "\n  fragment StageStepper_prospect on Prospect {\n    id\n    version\n    stage {\n      id\n    }\n    stageHistory {\n      id\n      from {\n        id\n        category\n      }\n      to {\n        id\n        category\n      }\n    }\n  }\n": types.StageStepper_ProspectFragmentDoc,
    "\n  fragment StageStepper_stage on Stage {\n    id\n    nameNb\n    nameEn\n    category\n    position\n  }\n": types.StageStepper_StageFragmentDoc,
    "\n  fragment Timeline_prospect on Prospect {\n    id\n    timeline {\n      __typename\n      ... on MeetingEvent {\n        at\n        meeting {\n          id\n          version\n          kind\n          startsAt\n          minutes\n          outcome\n          nextStep\n          followUpDate\n          followUpDone\n          users {\n            id\n            name\n          }\n          contacts {\n            id\n            name\n          }\n        }\n      }\n      ... on StageChangeEvent {\n        at\n        from {\n          id\n          nameNb\n          nameEn\n        }\n        to {\n          id\n          nameNb\n          nameEn\n        }\n        by {\n          id\n          name\n        }\n      }\n      ... on EditEvent {\n        at\n        action\n        entity\n        diff\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.Timeline_ProspectFragmentDoc,
    "\n  mutation ArchiveProspect($id: ID!, $version: Int!) {\n    archiveProspect(id: $id, version: $version) {\n      id\n      version\n      archived\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...Timeline_prospect\n    }\n  }\n": types.ArchiveProspectDocument,
    "\n  mutation RestoreProspect($id: ID!, $version: Int!) {\n    restoreProspect(id: $id, version: $version) {\n      id\n      version\n      archived\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...Timeline_prospect\n    }\n  }\n": types.RestoreProspectDocument,
    "\n  mutation CreateProspect($input: CreateProspectInput!, $idempotencyKey: String) {\n    createProspect(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n": types.CreateProspectDocument,
    "\n  query LatestProspect($id: ID!) {\n    prospect(id: $id) {\n      id\n      ...EditCompany_prospect @unmask\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n    }\n  }\n": types.LatestProspectDocument,
    "\n  mutation MoveProspect($input: MoveProspectInput!) {\n    moveProspect(input: $input) {\n      id\n      version\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n      ...Timeline_prospect\n    }\n  }\n": types.MoveProspectDocument,
    "\n  query ProspectFormOptions {\n    focusAreas {\n      id\n      key\n      nameNb\n      nameEn\n      color\n    }\n    users {\n      id\n      name\n      role\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": types.ProspectFormOptionsDocument,
    "\n  mutation UpdateProspect($input: UpdateProspectInput!) {\n    updateProspect(input: $input) {\n      id\n      version\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...EditCompany_prospect\n      ...Timeline_prospect\n    }\n  }\n": types.UpdateProspectDocument,
    "\n  query LastRegisterImport {\n    lastRegisterImport {\n      id\n      status\n      source\n      fileName\n      startedAt\n      finishedAt\n      startedBy {\n        id\n        name\n      }\n      rowsRead\n      rowsKept\n      municipalities\n      industryPrefixes\n      newOrgNumbers\n      changedOrgNumbers\n      removedOrgNumbers\n      error\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": types.LastRegisterImportDocument,
    "\n  fragment RegisterEntity_fields on RegisterEntity {\n    orgNumber\n    name\n    personalName\n    legalForm\n    industryCode\n    industryText\n    employees\n    website\n    address\n    postalCode\n    postalPlace\n    municipalityNumber\n    municipalityName\n    bankrupt\n    underLiquidation\n  }\n": types.RegisterEntity_FieldsFragmentDoc,
    "\n  query RegisterMunicipalities {\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n": types.RegisterMunicipalitiesDocument,
    "\n  query RegisterLookup($orgNumber: String!) {\n    registerLookup(orgNumber: $orgNumber) {\n      status\n      message\n      deletedOn\n      entity {\n        ...RegisterEntity_fields @unmask\n      }\n    }\n  }\n": types.RegisterLookupDocument,
    "\n  query RegisterSearch($name: String, $municipality: String) {\n    registerSearch(name: $name, municipality: $municipality, size: 15) {\n      status\n      message\n      total\n      entities {\n        ...RegisterEntity_fields @unmask\n      }\n    }\n  }\n": types.RegisterSearchDocument,
    "\n  fragment ClosedCompanies_prospect on Prospect {\n    id\n    name\n    realizedJobs\n    estimatedJobs\n    newResidents\n    lostReason\n    stage {\n      id\n      category\n    }\n    stageHistory {\n      id\n      changedAt\n    }\n  }\n": types.ClosedCompanies_ProspectFragmentDoc,
    "\n  query ClosedCompanies($filter: ProspectFilter!, $after: String) {\n    prospects(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ClosedCompanies_prospect @unmask\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ClosedCompaniesDocument,
    "\n  query ClosedStages {\n    stages {\n      id\n      category\n    }\n  }\n": types.ClosedStagesDocument,
    "\n  fragment EstablishmentsChart_statistics on Statistics {\n    establishmentsByYear {\n      year\n      count\n    }\n  }\n": types.EstablishmentsChart_StatisticsFragmentDoc,
    "\n  fragment FocusAreaConversion_statistics on Statistics {\n    byFocusArea {\n      focusArea {\n        id\n        nameNb\n        nameEn\n        color\n      }\n      won\n      lost\n      winRate\n      realizedJobs\n      funnel {\n        reached\n        conversion\n        stage {\n          id\n        }\n      }\n      funnelWon\n    }\n  }\n": types.FocusAreaConversion_StatisticsFragmentDoc,
    "\n  fragment FunnelChart_statistics on Statistics {\n    funnel {\n      reached\n      conversion\n      stage {\n        id\n        nameNb\n        nameEn\n      }\n    }\n    funnelWon\n  }\n": types.FunnelChart_StatisticsFragmentDoc,
    "\n  fragment JobsBurnUp_statistics on Statistics {\n    jobsOverTime {\n      month\n      realized\n      cumulative\n    }\n    jobs {\n      target {\n        id\n        value\n      }\n    }\n  }\n": types.JobsBurnUp_StatisticsFragmentDoc,
    "\n  fragment MeetingsByQuarter_statistics on Statistics {\n    meetingsByQuarter {\n      quarter\n      kind\n      count\n    }\n  }\n": types.MeetingsByQuarter_StatisticsFragmentDoc,
    "\n  fragment TargetTiles_statistics on Statistics {\n    jobs {\n      realized\n      weightedPipeline\n      target {\n        id\n        value\n      }\n    }\n    residents {\n      realized\n      target {\n        id\n        value\n      }\n    }\n    establishmentsByYear {\n      year\n      count\n    }\n    won\n    lost\n    winRate\n    activeCompanies\n  }\n": types.TargetTiles_StatisticsFragmentDoc,
    "\n  fragment TimeInStage_statistics on Statistics {\n    timeInStage {\n      count\n      medianDays\n      stage {\n        id\n        nameNb\n        nameEn\n        category\n      }\n    }\n    medianDaysToDecision\n  }\n": types.TimeInStage_StatisticsFragmentDoc,
    "\n  query StatisticsFigures($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...TargetTiles_statistics @unmask\n      ...FunnelChart_statistics @unmask\n      ...EstablishmentsChart_statistics @unmask\n      ...JobsBurnUp_statistics @unmask\n      ...MeetingsByQuarter_statistics @unmask\n    }\n    targets {\n      id\n      metric\n      value\n      perYear\n      periodStart\n      periodEnd\n    }\n  }\n": types.StatisticsFiguresDocument,
    "\n  query StatisticsBreakdown($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...FocusAreaConversion_statistics @unmask\n    }\n  }\n": types.StatisticsBreakdownDocument,
    "\n  query StatisticsDurations($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...TimeInStage_statistics @unmask\n    }\n  }\n": types.StatisticsDurationsDocument,
    "\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    version\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        version\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      active\n      version\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query UserList {\n    users(includeInactive: true) {\n      id\n      ...UserRow_user\n    }\n  }\n": types.UserListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPage($id: ID!, $personal: Boolean!, $writer: Boolean!) {\n    prospect(id: $id) {\n      id\n      name\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n      ...ArchiveButton_prospect @include(if: $writer)\n      ...EditCompany_prospect @include(if: $writer)\n      ...ContactList_prospect @include(if: $personal)\n      ...Timeline_prospect @include(if: $personal)\n    }\n    stages {\n      id\n      ...StageStepper_stage\n    }\n  }\n"): (typeof documents)["\n  query CompanyPage($id: ID!, $personal: Boolean!, $writer: Boolean!) {\n    prospect(id: $id) {\n      id\n      name\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n      ...ArchiveButton_prospect @include(if: $writer)\n      ...EditCompany_prospect @include(if: $writer)\n      ...ContactList_prospect @include(if: $personal)\n      ...Timeline_prospect @include(if: $personal)\n    }\n    stages {\n      id\n      ...StageStepper_stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    entity\n    entityId\n    diff\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    entity\n    entityId\n    diff\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String) {\n    auditEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String) {\n    auditEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      version\n      active\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      version\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter, $orderBy: ProspectOrder!) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter, $orderBy: ProspectOrder!) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactCard_contact on Contact {\n    id\n    name\n    title\n    email\n    phone\n    doNotContact\n    version\n  }\n"): (typeof documents)["\n  fragment ContactCard_contact on Contact {\n    id\n    name\n    title\n    email\n    phone\n    doNotContact\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactList_prospect on Prospect {\n    id\n    contacts {\n      id\n      ...ContactCard_contact\n    }\n  }\n"): (typeof documents)["\n  fragment ContactList_prospect on Prospect {\n    id\n    contacts {\n      id\n      ...ContactCard_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!, $idempotencyKey: String) {\n    createContact(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      ...ContactCard_contact\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContact($input: CreateContactInput!, $idempotencyKey: String) {\n    createContact(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      ...ContactCard_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      ...ContactCard_contact\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      ...ContactCard_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($id: ID!, $version: Int!) {\n    deleteContact(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteContact($id: ID!, $version: Int!) {\n    deleteContact(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportPerson($contactId: ID!) {\n    exportPerson(contactId: $contactId)\n  }\n"): (typeof documents)["\n  query ExportPerson($contactId: ID!) {\n    exportPerson(contactId: $contactId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($contactId: ID!, $version: Int!) {\n    erasePerson(contactId: $contactId, version: $version) {\n      contactId\n      meetingLinksRemoved\n      meetingsRedacted\n      auditEntriesAnonymised\n    }\n  }\n"): (typeof documents)["\n  mutation ErasePerson($contactId: ID!, $version: Int!) {\n    erasePerson(contactId: $contactId, version: $version) {\n      contactId\n      meetingLinksRemoved\n      meetingsRedacted\n      auditEntriesAnonymised\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCompanyImport($csv: String!, $mapping: [ColumnMappingInput!]) {\n    previewCompanyImport(csv: $csv, mapping: $mapping) {\n      canCommit\n      delimiter\n      headers\n      rowCount\n      mapping {\n        column\n        field\n      }\n      rows {\n        line\n        name\n        orgNumber\n        website\n        industryCode\n        industryText\n        legalForm\n        employees\n        address\n        postalCode\n        postalPlace\n        municipality\n        targetMunicipality\n        estimatedJobs\n        source\n      }\n      issues {\n        line\n        column\n        field\n        message\n      }\n      duplicates {\n        line\n        orgNumber\n        kind\n        firstLine\n        prospectId\n        prospectName\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewCompanyImport($csv: String!, $mapping: [ColumnMappingInput!]) {\n    previewCompanyImport(csv: $csv, mapping: $mapping) {\n      canCommit\n      delimiter\n      headers\n      rowCount\n      mapping {\n        column\n        field\n      }\n      rows {\n        line\n        name\n        orgNumber\n        website\n        industryCode\n        industryText\n        legalForm\n        employees\n        address\n        postalCode\n        postalPlace\n        municipality\n        targetMunicipality\n        estimatedJobs\n        source\n      }\n      issues {\n        line\n        column\n        field\n        message\n      }\n      duplicates {\n        line\n        orgNumber\n        kind\n        firstLine\n        prospectId\n        prospectName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitCompanyImport(\n    $csv: String!\n    $mapping: [ColumnMappingInput!]\n    $duplicates: DuplicateHandling!\n    $idempotencyKey: String!\n  ) {\n    commitCompanyImport(csv: $csv, mapping: $mapping, duplicates: $duplicates, idempotencyKey: $idempotencyKey) {\n      id\n      created\n      merged\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation CommitCompanyImport(\n    $csv: String!\n    $mapping: [ColumnMappingInput!]\n    $duplicates: DuplicateHandling!\n    $idempotencyKey: String!\n  ) {\n    commitCompanyImport(csv: $csv, mapping: $mapping, duplicates: $duplicates, idempotencyKey: $idempotencyKey) {\n      id\n      created\n      merged\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterOptions {\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    stages {\n      id\n      nameNb\n      nameEn\n    }\n    users {\n      id\n      name\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"): (typeof documents)["\n  query FilterOptions {\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    stages {\n      id\n      nameNb\n      nameEn\n    }\n    users {\n      id\n      name\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViews {\n    savedViews {\n      id\n      name\n      shared\n      mine\n      version\n      filter\n      owner {\n        id\n        name\n      }\n    }\n    defaultView {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SavedViews {\n    savedViews {\n      id\n      name\n      shared\n      mine\n      version\n      filter\n      owner {\n        id\n        name\n      }\n    }\n    defaultView {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteView($id: ID!, $version: Int!) {\n    deleteView(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteView($id: ID!, $version: Int!) {\n    deleteView(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultView($id: ID) {\n    setDefaultView(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetDefaultView($id: ID) {\n    setDefaultView(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditMeeting_meeting on Meeting {\n    id\n    version\n    kind\n    startsAt\n    minutes\n    outcome\n    nextStep\n    followUpDate\n    followUpDone\n    prospects {\n      id\n      name\n    }\n    users {\n      id\n      name\n    }\n    contacts {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EditMeeting_meeting on Meeting {\n    id\n    version\n    kind\n    startsAt\n    minutes\n    outcome\n    nextStep\n    followUpDate\n    followUpDone\n    prospects {\n      id\n      name\n    }\n    users {\n      id\n      name\n    }\n    contacts {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpItem_meeting on Meeting {\n    id\n    version\n    kind\n    startsAt\n    nextStep\n    followUpDate\n    followUpDone\n    prospects {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpItem_meeting on Meeting {\n    id\n    version\n    kind\n    startsAt\n    nextStep\n    followUpDate\n    followUpDone\n    prospects {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpcomingMeeting_meeting on Meeting {\n    id\n    kind\n    startsAt\n    prospects {\n      id\n      name\n    }\n    users {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UpcomingMeeting_meeting on Meeting {\n    id\n    kind\n    startsAt\n    prospects {\n      id\n      name\n    }\n    users {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCompanySearch($text: String!) {\n    prospects(first: 8, filter: { text: $text }, orderBy: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          orgNumber\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingCompanySearch($text: String!) {\n    prospects(first: 8, filter: { text: $text }, orderBy: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          orgNumber\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!, $idempotencyKey: String) {\n    createMeeting(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      kind\n      startsAt\n      followUpDate\n      followUpDone\n      prospects {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!, $idempotencyKey: String) {\n    createMeeting(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      kind\n      startsAt\n      followUpDate\n      followUpDone\n      prospects {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeeting($id: ID!, $version: Int!) {\n    deleteMeeting(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteMeeting($id: ID!, $version: Int!) {\n    deleteMeeting(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkFollowUpDone($id: ID!, $version: Int!) {\n    updateMeeting(input: { id: $id, version: $version, followUpDone: true }) {\n      id\n      version\n      followUpDone\n    }\n  }\n"): (typeof documents)["\n  mutation MarkFollowUpDone($id: ID!, $version: Int!) {\n    updateMeeting(input: { id: $id, version: $version, followUpDone: true }) {\n      id\n      version\n      followUpDone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingTeam {\n    users {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query MeetingTeam {\n    users {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCompany($id: ID!) {\n    prospect(id: $id) {\n      id\n      name\n      contacts {\n        id\n        name\n        title\n        doNotContact\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingCompany($id: ID!) {\n    prospect(id: $id) {\n      id\n      name\n      contacts {\n        id\n        name\n        title\n        doNotContact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingToEdit($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...EditMeeting_meeting @unmask\n    }\n  }\n"): (typeof documents)["\n  query MeetingToEdit($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...EditMeeting_meeting @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollowUps {\n    myFollowUps {\n      overdue {\n        id\n        ...FollowUpItem_meeting\n      }\n      thisWeek {\n        id\n        ...FollowUpItem_meeting\n      }\n      later {\n        id\n        ...FollowUpItem_meeting\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFollowUps {\n    myFollowUps {\n      overdue {\n        id\n        ...FollowUpItem_meeting\n      }\n      thisWeek {\n        id\n        ...FollowUpItem_meeting\n      }\n      later {\n        id\n        ...FollowUpItem_meeting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingMeetings {\n    upcomingMeetings(first: 20) {\n      id\n      ...UpcomingMeeting_meeting\n    }\n  }\n"): (typeof documents)["\n  query UpcomingMeetings {\n    upcomingMeetings(first: 20) {\n      id\n      ...UpcomingMeeting_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      startsAt\n      prospects {\n        id\n      }\n      ...EditMeeting_meeting\n      ...FollowUpItem_meeting\n      ...UpcomingMeeting_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      startsAt\n      prospects {\n        id\n      }\n      ...EditMeeting_meeting\n      ...FollowUpItem_meeting\n      ...UpcomingMeeting_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PipelineCard_prospect on Prospect {\n    id\n    name\n    stale\n    lastActivityAt\n    estimatedJobs\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PipelineCard_prospect on Prospect {\n    id\n    name\n    stale\n    lastActivityAt\n    estimatedJobs\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePipelineCard($input: MoveProspectInput!) {\n    moveProspect(input: $input) {\n      id\n      version\n      stale\n      lastActivityAt\n      stage {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MovePipelineCard($input: MoveProspectInput!) {\n    moveProspect(input: $input) {\n      id\n      version\n      stale\n      lastActivityAt\n      stage {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovedCard_prospect on Prospect {\n    stale\n    lastActivityAt\n  }\n"): (typeof documents)["\n  fragment MovedCard_prospect on Prospect {\n    stale\n    lastActivityAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipeline($filter: ProspectFilter, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      columns {\n        stage {\n          id\n          key\n          nameNb\n          nameEn\n          category\n          position\n          staleAfterDays\n        }\n        count\n        estimatedJobs\n        cards {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              name\n              version\n              estimatedJobs\n              ...PipelineCard_prospect\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pipeline($filter: ProspectFilter, $first: Int!) {\n    pipeline(filter: $filter, first: $first) {\n      columns {\n        stage {\n          id\n          key\n          nameNb\n          nameEn\n          category\n          position\n          staleAfterDays\n        }\n        count\n        estimatedJobs\n        cards {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              name\n              version\n              estimatedJobs\n              ...PipelineCard_prospect\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineCards($stageId: ID!, $filter: ProspectFilter, $first: Int!, $after: String) {\n    pipelineCards(stageId: $stageId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          version\n          estimatedJobs\n          ...PipelineCard_prospect\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineCards($stageId: ID!, $filter: ProspectFilter, $first: Int!, $after: String) {\n    pipelineCards(stageId: $stageId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          version\n          estimatedJobs\n          ...PipelineCard_prospect\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionSettings {\n    retentionSettings {\n      months\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query RetentionSettings {\n    retentionSettings {\n      months\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetentionSettings($months: Int, $version: Int!) {\n    updateRetentionSettings(months: $months, version: $version) {\n      months\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRetentionSettings($months: Int, $version: Int!) {\n    updateRetentionSettings(months: $months, version: $version) {\n      months\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyRetention {\n    applyRetention {\n      months\n      erasedContactIds\n      prospects {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyRetention {\n    applyRetention {\n      months\n      erasedContactIds\n      prospects {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FocusAreaSettings_focusArea on FocusArea {\n    id\n    key\n    nameNb\n    nameEn\n    color\n    position\n    version\n  }\n"): (typeof documents)["\n  fragment FocusAreaSettings_focusArea on FocusArea {\n    id\n    key\n    nameNb\n    nameEn\n    color\n    position\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FocusAreaList {\n    focusAreas {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n"): (typeof documents)["\n  query FocusAreaList {\n    focusAreas {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireTarget($id: ID!, $version: Int!) {\n    retireTarget(id: $id, version: $version) {\n      id\n      retiredAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RetireTarget($id: ID!, $version: Int!) {\n    retireTarget(id: $id, version: $version) {\n      id\n      retiredAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFocusArea($input: CreateFocusAreaInput!) {\n    createFocusArea(input: $input) {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFocusArea($input: CreateFocusAreaInput!) {\n    createFocusArea(input: $input) {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {\n    updateFocusArea(input: $input) {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {\n    updateFocusArea(input: $input) {\n      ...FocusAreaSettings_focusArea @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTarget($input: CreateTargetInput!) {\n    createTarget(input: $input) {\n      ...TargetSettings_target @unmask\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTarget($input: CreateTargetInput!) {\n    createTarget(input: $input) {\n      ...TargetSettings_target @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      ...TargetSettings_target @unmask\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      ...TargetSettings_target @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StageSettings_stage on Stage {\n    id\n    key\n    nameNb\n    nameEn\n    category\n    position\n    probability\n    staleAfterDays\n    version\n  }\n"): (typeof documents)["\n  fragment StageSettings_stage on Stage {\n    id\n    key\n    nameNb\n    nameEn\n    category\n    position\n    probability\n    staleAfterDays\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StageList {\n    stages {\n      ...StageSettings_stage @unmask\n    }\n  }\n"): (typeof documents)["\n  query StageList {\n    stages {\n      ...StageSettings_stage @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetSettings_target on Target {\n    id\n    metric\n    meetingKind\n    value\n    perYear\n    periodStart\n    periodEnd\n    version\n  }\n"): (typeof documents)["\n  fragment TargetSettings_target on Target {\n    id\n    metric\n    meetingKind\n    value\n    perYear\n    periodStart\n    periodEnd\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetList {\n    targets {\n      ...TargetSettings_target @unmask\n    }\n  }\n"): (typeof documents)["\n  query TargetList {\n    targets {\n      ...TargetSettings_target @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...StageSettings_stage @unmask\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...StageSettings_stage @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProspectFromRegister($orgNumber: String!, $focusAreaIds: [ID!], $idempotencyKey: String) {\n    createProspectFromRegister(orgNumber: $orgNumber, focusAreaIds: $focusAreaIds, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProspectFromRegister($orgNumber: String!, $focusAreaIds: [ID!], $idempotencyKey: String) {\n    createProspectFromRegister(orgNumber: $orgNumber, focusAreaIds: $focusAreaIds, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProspectCandidates($filter: ProspectCandidateFilter, $first: Int!, $after: String) {\n    prospectCandidates(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          orgNumber\n          name\n          legalForm\n          industryCode\n          industryText\n          employees\n          municipality {\n            number\n            name\n          }\n          suggestedFocusArea {\n            id\n            nameNb\n            nameEn\n            color\n          }\n          bankrupt\n          underLiquidation\n          deletedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProspectCandidates($filter: ProspectCandidateFilter, $first: Int!, $after: String) {\n    prospectCandidates(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          orgNumber\n          name\n          legalForm\n          industryCode\n          industryText\n          employees\n          municipality {\n            number\n            name\n          }\n          suggestedFocusArea {\n            id\n            nameNb\n            nameEn\n            color\n          }\n          bankrupt\n          underLiquidation\n          deletedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateMunicipalities {\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"): (typeof documents)["\n  query CandidateMunicipalities {\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArchiveButton_prospect on Prospect {\n    id\n    version\n    name\n    archived\n  }\n"): (typeof documents)["\n  fragment ArchiveButton_prospect on Prospect {\n    id\n    version\n    name\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditCompany_prospect on Prospect {\n    id\n    version\n    name\n    orgNumber\n    legalForm\n    industryCode\n    industryText\n    employees\n    address\n    postalCode\n    postalPlace\n    municipality {\n      number\n      name\n    }\n    website\n    targetGroup\n    targetMunicipality {\n      number\n      name\n    }\n    owner {\n      id\n      name\n    }\n    source\n    estimatedJobs\n    expectedDecisionDate\n    focusAreas {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EditCompany_prospect on Prospect {\n    id\n    version\n    name\n    orgNumber\n    legalForm\n    industryCode\n    industryText\n    employees\n    address\n    postalCode\n    postalPlace\n    municipality {\n      number\n      name\n    }\n    website\n    targetGroup\n    targetMunicipality {\n      number\n      name\n    }\n    owner {\n      id\n      name\n    }\n    source\n    estimatedJobs\n    expectedDecisionDate\n    focusAreas {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProspectHeader_prospect on Prospect {\n    id\n    name\n    orgNumber\n    legalForm\n    archived\n    stale\n    stage {\n      id\n      nameNb\n      nameEn\n      category\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    realizedJobs\n    newResidents\n    lostReason\n    industryCode\n    industryText\n    employees\n    website\n    address\n    postalCode\n    postalPlace\n    municipality {\n      number\n      name\n    }\n    targetGroup\n    targetMunicipality {\n      number\n      name\n    }\n    source\n    expectedDecisionDate\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ProspectHeader_prospect on Prospect {\n    id\n    name\n    orgNumber\n    legalForm\n    archived\n    stale\n    stage {\n      id\n      nameNb\n      nameEn\n      category\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    realizedJobs\n    newResidents\n    lostReason\n    industryCode\n    industryText\n    employees\n    website\n    address\n    postalCode\n    postalPlace\n    municipality {\n      number\n      name\n    }\n    targetGroup\n    targetMunicipality {\n      number\n      name\n    }\n    source\n    expectedDecisionDate\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StageHistory_prospect on Prospect {\n    id\n    stageHistory {\n      id\n      changedAt\n      from {\n        id\n        nameNb\n        nameEn\n      }\n      to {\n        id\n        nameNb\n        nameEn\n      }\n      by {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StageHistory_prospect on Prospect {\n    id\n    stageHistory {\n      id\n      changedAt\n      from {\n        id\n        nameNb\n        nameEn\n      }\n      to {\n        id\n        nameNb\n        nameEn\n      }\n      by {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StageStepper_prospect on Prospect {\n    id\n    version\n    stage {\n      id\n    }\n    stageHistory {\n      id\n      from {\n        id\n        category\n      }\n      to {\n        id\n        category\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StageStepper_prospect on Prospect {\n    id\n    version\n    stage {\n      id\n    }\n    stageHistory {\n      id\n      from {\n        id\n        category\n      }\n      to {\n        id\n        category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StageStepper_stage on Stage {\n    id\n    nameNb\n    nameEn\n    category\n    position\n  }\n"): (typeof documents)["\n  fragment StageStepper_stage on Stage {\n    id\n    nameNb\n    nameEn\n    category\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Timeline_prospect on Prospect {\n    id\n    timeline {\n      __typename\n      ... on MeetingEvent {\n        at\n        meeting {\n          id\n          version\n          kind\n          startsAt\n          minutes\n          outcome\n          nextStep\n          followUpDate\n          followUpDone\n          users {\n            id\n            name\n          }\n          contacts {\n            id\n            name\n          }\n        }\n      }\n      ... on StageChangeEvent {\n        at\n        from {\n          id\n          nameNb\n          nameEn\n        }\n        to {\n          id\n          nameNb\n          nameEn\n        }\n        by {\n          id\n          name\n        }\n      }\n      ... on EditEvent {\n        at\n        action\n        entity\n        diff\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Timeline_prospect on Prospect {\n    id\n    timeline {\n      __typename\n      ... on MeetingEvent {\n        at\n        meeting {\n          id\n          version\n          kind\n          startsAt\n          minutes\n          outcome\n          nextStep\n          followUpDate\n          followUpDone\n          users {\n            id\n            name\n          }\n          contacts {\n            id\n            name\n          }\n        }\n      }\n      ... on StageChangeEvent {\n        at\n        from {\n          id\n          nameNb\n          nameEn\n        }\n        to {\n          id\n          nameNb\n          nameEn\n        }\n        by {\n          id\n          name\n        }\n      }\n      ... on EditEvent {\n        at\n        action\n        entity\n        diff\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProspect($id: ID!, $version: Int!) {\n    archiveProspect(id: $id, version: $version) {\n      id\n      version\n      archived\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...Timeline_prospect\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProspect($id: ID!, $version: Int!) {\n    archiveProspect(id: $id, version: $version) {\n      id\n      version\n      archived\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...Timeline_prospect\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreProspect($id: ID!, $version: Int!) {\n    restoreProspect(id: $id, version: $version) {\n      id\n      version\n      archived\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...Timeline_prospect\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreProspect($id: ID!, $version: Int!) {\n    restoreProspect(id: $id, version: $version) {\n      id\n      version\n      archived\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...Timeline_prospect\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProspect($input: CreateProspectInput!, $idempotencyKey: String) {\n    createProspect(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProspect($input: CreateProspectInput!, $idempotencyKey: String) {\n    createProspect(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestProspect($id: ID!) {\n    prospect(id: $id) {\n      id\n      ...EditCompany_prospect @unmask\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n    }\n  }\n"): (typeof documents)["\n  query LatestProspect($id: ID!) {\n    prospect(id: $id) {\n      id\n      ...EditCompany_prospect @unmask\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveProspect($input: MoveProspectInput!) {\n    moveProspect(input: $input) {\n      id\n      version\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n      ...Timeline_prospect\n    }\n  }\n"): (typeof documents)["\n  mutation MoveProspect($input: MoveProspectInput!) {\n    moveProspect(input: $input) {\n      id\n      version\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...StageStepper_prospect\n      ...StageHistory_prospect\n      ...Timeline_prospect\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProspectFormOptions {\n    focusAreas {\n      id\n      key\n      nameNb\n      nameEn\n      color\n    }\n    users {\n      id\n      name\n      role\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"): (typeof documents)["\n  query ProspectFormOptions {\n    focusAreas {\n      id\n      key\n      nameNb\n      nameEn\n      color\n    }\n    users {\n      id\n      name\n      role\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProspect($input: UpdateProspectInput!) {\n    updateProspect(input: $input) {\n      id\n      version\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...EditCompany_prospect\n      ...Timeline_prospect\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProspect($input: UpdateProspectInput!) {\n    updateProspect(input: $input) {\n      id\n      version\n      lastActivityAt\n      ...ProspectHeader_prospect\n      ...EditCompany_prospect\n      ...Timeline_prospect\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastRegisterImport {\n    lastRegisterImport {\n      id\n      status\n      source\n      fileName\n      startedAt\n      finishedAt\n      startedBy {\n        id\n        name\n      }\n      rowsRead\n      rowsKept\n      municipalities\n      industryPrefixes\n      newOrgNumbers\n      changedOrgNumbers\n      removedOrgNumbers\n      error\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"): (typeof documents)["\n  query LastRegisterImport {\n    lastRegisterImport {\n      id\n      status\n      source\n      fileName\n      startedAt\n      finishedAt\n      startedBy {\n        id\n        name\n      }\n      rowsRead\n      rowsKept\n      municipalities\n      industryPrefixes\n      newOrgNumbers\n      changedOrgNumbers\n      removedOrgNumbers\n      error\n    }\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegisterEntity_fields on RegisterEntity {\n    orgNumber\n    name\n    personalName\n    legalForm\n    industryCode\n    industryText\n    employees\n    website\n    address\n    postalCode\n    postalPlace\n    municipalityNumber\n    municipalityName\n    bankrupt\n    underLiquidation\n  }\n"): (typeof documents)["\n  fragment RegisterEntity_fields on RegisterEntity {\n    orgNumber\n    name\n    personalName\n    legalForm\n    industryCode\n    industryText\n    employees\n    website\n    address\n    postalCode\n    postalPlace\n    municipalityNumber\n    municipalityName\n    bankrupt\n    underLiquidation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterMunicipalities {\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"): (typeof documents)["\n  query RegisterMunicipalities {\n    municipalities {\n      number\n      name\n      inRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterLookup($orgNumber: String!) {\n    registerLookup(orgNumber: $orgNumber) {\n      status\n      message\n      deletedOn\n      entity {\n        ...RegisterEntity_fields @unmask\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterLookup($orgNumber: String!) {\n    registerLookup(orgNumber: $orgNumber) {\n      status\n      message\n      deletedOn\n      entity {\n        ...RegisterEntity_fields @unmask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterSearch($name: String, $municipality: String) {\n    registerSearch(name: $name, municipality: $municipality, size: 15) {\n      status\n      message\n      total\n      entities {\n        ...RegisterEntity_fields @unmask\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterSearch($name: String, $municipality: String) {\n    registerSearch(name: $name, municipality: $municipality, size: 15) {\n      status\n      message\n      total\n      entities {\n        ...RegisterEntity_fields @unmask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClosedCompanies_prospect on Prospect {\n    id\n    name\n    realizedJobs\n    estimatedJobs\n    newResidents\n    lostReason\n    stage {\n      id\n      category\n    }\n    stageHistory {\n      id\n      changedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ClosedCompanies_prospect on Prospect {\n    id\n    name\n    realizedJobs\n    estimatedJobs\n    newResidents\n    lostReason\n    stage {\n      id\n      category\n    }\n    stageHistory {\n      id\n      changedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosedCompanies($filter: ProspectFilter!, $after: String) {\n    prospects(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ClosedCompanies_prospect @unmask\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClosedCompanies($filter: ProspectFilter!, $after: String) {\n    prospects(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ClosedCompanies_prospect @unmask\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosedStages {\n    stages {\n      id\n      category\n    }\n  }\n"): (typeof documents)["\n  query ClosedStages {\n    stages {\n      id\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EstablishmentsChart_statistics on Statistics {\n    establishmentsByYear {\n      year\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment EstablishmentsChart_statistics on Statistics {\n    establishmentsByYear {\n      year\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FocusAreaConversion_statistics on Statistics {\n    byFocusArea {\n      focusArea {\n        id\n        nameNb\n        nameEn\n        color\n      }\n      won\n      lost\n      winRate\n      realizedJobs\n      funnel {\n        reached\n        conversion\n        stage {\n          id\n        }\n      }\n      funnelWon\n    }\n  }\n"): (typeof documents)["\n  fragment FocusAreaConversion_statistics on Statistics {\n    byFocusArea {\n      focusArea {\n        id\n        nameNb\n        nameEn\n        color\n      }\n      won\n      lost\n      winRate\n      realizedJobs\n      funnel {\n        reached\n        conversion\n        stage {\n          id\n        }\n      }\n      funnelWon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FunnelChart_statistics on Statistics {\n    funnel {\n      reached\n      conversion\n      stage {\n        id\n        nameNb\n        nameEn\n      }\n    }\n    funnelWon\n  }\n"): (typeof documents)["\n  fragment FunnelChart_statistics on Statistics {\n    funnel {\n      reached\n      conversion\n      stage {\n        id\n        nameNb\n        nameEn\n      }\n    }\n    funnelWon\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobsBurnUp_statistics on Statistics {\n    jobsOverTime {\n      month\n      realized\n      cumulative\n    }\n    jobs {\n      target {\n        id\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment JobsBurnUp_statistics on Statistics {\n    jobsOverTime {\n      month\n      realized\n      cumulative\n    }\n    jobs {\n      target {\n        id\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingsByQuarter_statistics on Statistics {\n    meetingsByQuarter {\n      quarter\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingsByQuarter_statistics on Statistics {\n    meetingsByQuarter {\n      quarter\n      kind\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetTiles_statistics on Statistics {\n    jobs {\n      realized\n      weightedPipeline\n      target {\n        id\n        value\n      }\n    }\n    residents {\n      realized\n      target {\n        id\n        value\n      }\n    }\n    establishmentsByYear {\n      year\n      count\n    }\n    won\n    lost\n    winRate\n    activeCompanies\n  }\n"): (typeof documents)["\n  fragment TargetTiles_statistics on Statistics {\n    jobs {\n      realized\n      weightedPipeline\n      target {\n        id\n        value\n      }\n    }\n    residents {\n      realized\n      target {\n        id\n        value\n      }\n    }\n    establishmentsByYear {\n      year\n      count\n    }\n    won\n    lost\n    winRate\n    activeCompanies\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimeInStage_statistics on Statistics {\n    timeInStage {\n      count\n      medianDays\n      stage {\n        id\n        nameNb\n        nameEn\n        category\n      }\n    }\n    medianDaysToDecision\n  }\n"): (typeof documents)["\n  fragment TimeInStage_statistics on Statistics {\n    timeInStage {\n      count\n      medianDays\n      stage {\n        id\n        nameNb\n        nameEn\n        category\n      }\n    }\n    medianDaysToDecision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsFigures($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...TargetTiles_statistics @unmask\n      ...FunnelChart_statistics @unmask\n      ...EstablishmentsChart_statistics @unmask\n      ...JobsBurnUp_statistics @unmask\n      ...MeetingsByQuarter_statistics @unmask\n    }\n    targets {\n      id\n      metric\n      value\n      perYear\n      periodStart\n      periodEnd\n    }\n  }\n"): (typeof documents)["\n  query StatisticsFigures($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...TargetTiles_statistics @unmask\n      ...FunnelChart_statistics @unmask\n      ...EstablishmentsChart_statistics @unmask\n      ...JobsBurnUp_statistics @unmask\n      ...MeetingsByQuarter_statistics @unmask\n    }\n    targets {\n      id\n      metric\n      value\n      perYear\n      periodStart\n      periodEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsBreakdown($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...FocusAreaConversion_statistics @unmask\n    }\n  }\n"): (typeof documents)["\n  query StatisticsBreakdown($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...FocusAreaConversion_statistics @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsDurations($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...TimeInStage_statistics @unmask\n    }\n  }\n"): (typeof documents)["\n  query StatisticsDurations($filter: ProspectFilter, $period: PeriodInput!) {\n    statistics(filter: $filter, period: $period) {\n      ...TimeInStage_statistics @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    version\n  }\n"): (typeof documents)["\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList {\n    users(includeInactive: true) {\n      id\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  query UserList {\n    users(includeInactive: true) {\n      id\n      ...UserRow_user\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;