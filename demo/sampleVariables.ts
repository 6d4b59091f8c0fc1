import type { Variable } from '../src';

const CONTACT = '1. HubSpot: Get contact';
const SETTINGS = 'User settings';

/** What an imagined earlier step ("HubSpot: Get contact") outputs and the user's settings: offered to every action step. */
export const SAMPLE_VARIABLES: Variable[] = [
  { value: '{{1.output.contact.firstname}}', label: 'First name', group: CONTACT, type: 'string', example: 'Ada' },
  { value: '{{1.output.contact.lastname}}', label: 'Last name', group: CONTACT, type: 'string', example: 'Lovelace' },
  { value: '{{1.output.contact.email}}', label: 'Email', group: CONTACT, type: 'string', example: 'ada@example.com', description: 'Primary email address' },
  { value: '{{1.output.contact.company}}', label: 'Company', group: CONTACT, type: 'string', example: 'Analytical Engines Ltd' },
  { value: '{{1.output.contact.phone}}', label: 'Phone', group: CONTACT, type: 'string', example: '+44 20 7946 0000' },
  { value: '{{1.output.contact.id}}', label: 'Contact ID', group: CONTACT, type: 'string', example: '51', description: 'HubSpot record id' },
  { value: '{{1.output.contact.lifecyclestage}}', label: 'Lifecycle stage', group: CONTACT, type: 'string', example: 'lead' },
  { value: '{{1.output.contact.createdate}}', label: 'Created', group: CONTACT, type: 'date', example: '2026-11-30T09:12:00Z' },
  { value: '{{settings.owner}}', label: 'Owner', group: SETTINGS, type: 'string', example: '005xx000001Sv6P', description: 'The record owner chosen in your settings' },
  { value: '{{settings.slackChannel}}', label: 'Slack channel', group: SETTINGS, type: 'string', example: 'C024BE91L' },
  { value: '{{settings.notify}}', label: 'Notify me', group: SETTINGS, type: 'boolean', example: true },
];
