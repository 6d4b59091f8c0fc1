import type { ParagonAction, Variable } from '../../src';

/** Outputs of an imagined earlier "HubSpot: Get contact" step and the user's settings. */
export const VARIABLES: Variable[] = [
  { value: '{{1.output.contact.firstname}}', label: 'First name', group: '1. HubSpot: Get contact', description: 'Contact first name', type: 'string' },
  { value: '{{1.output.contact.lastname}}', label: 'Last name', group: '1. HubSpot: Get contact', type: 'string' },
  { value: '{{1.output.contact.email}}', label: 'Email', group: '1. HubSpot: Get contact', type: 'string' },
  { value: '{{1.output.contact.company}}', label: 'Company', group: '1. HubSpot: Get contact', type: 'string' },
  { value: '{{settings.owner}}', label: 'Owner', group: 'User settings', description: 'The account owner chosen in settings' },
  { value: '{{settings.channel}}', label: 'Default channel', group: 'User settings' },
];

/** Every text-like type, the two that never take variables, and the composite ones with a Value. */
export const TEXT_LIKE: ParagonAction = {
  name: 'SLACK_SEND_DIRECT_MESSAGE',
  title: 'Send Direct Message',
  inputs: [
    { id: 'message', type: 'TEXT', title: 'Message', required: true },
    { id: 'note', type: 'TEXTAREA', title: 'Note', lines: 3 },
    { id: 'count', type: 'NUMBER', title: 'Count' },
    { id: 'email', type: 'EMAIL', title: 'Email' },
    { id: 'url', type: 'URL', title: 'Link' },
    { id: 'internal', type: 'TEXTAREA_NO_VARS', title: 'Internal note', lines: 2 },
    { id: 'plain', type: 'TEXT_NO_VARS', title: 'Plain' },
    { id: 'secret', type: 'PASSWORD', title: 'Secret' },
  ],
};
