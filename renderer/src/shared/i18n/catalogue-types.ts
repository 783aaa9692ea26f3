/**
 * The catalogues' shape for TypeScript: every key a component asks for is checked against the
 * English catalogue at compile time (i18next's CustomTypeOptions). A new namespace is one line
 * here beside its JSON files.
 */
import type aid from "../../locales/en/aid.json";
import type assemblies from "../../locales/en/assemblies.json";
import type app from "../../locales/en/app.json";
import type chat from "../../locales/en/chat.json";
import type forums from "../../locales/en/forums.json";
import type blog from "../../locales/en/blog.json";
import type common from "../../locales/en/common.json";
import type dues from "../../locales/en/dues.json";
import type dissent from "../../locales/en/dissent.json";
import type events from "../../locales/en/events.json";
import type currents from "../../locales/en/currents.json";
import type delegation from "../../locales/en/delegation.json";
import type home from "../../locales/en/home.json";
import type identity from "../../locales/en/identity.json";
import type map from "../../locales/en/map.json";
import type meetings from "../../locales/en/meetings.json";
import type messages from "../../locales/en/messages.json";
import type minutes from "../../locales/en/minutes.json";
import type search from "../../locales/en/search.json";
import type moderation from "../../locales/en/moderation.json";
import type notifications from "../../locales/en/notifications.json";
import type organisation from "../../locales/en/organisation.json";
import type profiles from "../../locales/en/profiles.json";
import type projects from "../../locales/en/projects.json";
import type proposals from "../../locales/en/proposals.json";
import type resources from "../../locales/en/resources.json";
import type roles from "../../locales/en/roles.json";
import type settings from "../../locales/en/settings.json";
import type site from "../../locales/en/site.json";
import type syncFiles from "../../locales/en/sync-files.json";
import type votes from "../../locales/en/votes.json";

/** The English catalogue of each namespace. */
export interface Catalogues {
  readonly common: typeof common;
  readonly aid: typeof aid;
  readonly assemblies: typeof assemblies;
  readonly app: typeof app;
  readonly chat: typeof chat;
  readonly dues: typeof dues;
  readonly blog: typeof blog;
  readonly dissent: typeof dissent;
  readonly forums: typeof forums;
  readonly events: typeof events;
  readonly currents: typeof currents;
  readonly delegation: typeof delegation;
  readonly home: typeof home;
  readonly identity: typeof identity;
  readonly map: typeof map;
  readonly meetings: typeof meetings;
  readonly messages: typeof messages;
  readonly minutes: typeof minutes;
  readonly search: typeof search;
  readonly moderation: typeof moderation;
  readonly notifications: typeof notifications;
  readonly organisation: typeof organisation;
  readonly profiles: typeof profiles;
  readonly projects: typeof projects;
  readonly proposals: typeof proposals;
  readonly resources: typeof resources;
  readonly roles: typeof roles;
  readonly settings: typeof settings;
  readonly site: typeof site;
  readonly "sync-files": typeof syncFiles;
  readonly votes: typeof votes;
}

/** A namespace: `common` or a feature's. */
export type Namespace = keyof Catalogues;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Catalogues;
  }
}
