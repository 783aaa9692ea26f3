import type { Observable } from "../../shared/data/observable-value.js";
import { defineService } from "../../shared/data/define-service.js";
import type { MemberSpace } from "./member-space.js";

const memberSpace = defineService<Observable<MemberSpace | undefined>>("useMemberSpace");

/** Provides the member's space while unlocked (the app's composition root gives the identity's). */
export const MemberSpaceContext = memberSpace.Context;

/** The member's space while unlocked, observable. @throws {Error} outside a `MemberSpaceContext` provider. */
export const useMemberSpaceObservable = memberSpace.use;
