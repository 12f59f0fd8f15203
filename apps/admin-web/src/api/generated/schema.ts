// Written by `npm run api:types` from the api controllers’ return types; do not edit.
/* eslint-disable */
export interface paths {
    "/auth/confirm-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an e-mail address with the token from the confirmation link */
        post: operations["RegistrationController_confirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/dev-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Development only: a signed bearer token for any person and roles (off in production) */
        post: operations["DevLoginController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am: my account (never its password hash or second-factor secret) */
        get: operations["SignInController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Single sign-on: where the provider sends the browser back; 302 to the sign-in page with a one-time code (#ssoCode=) or the reason (?ssoError=) */
        get: operations["OidcController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Single sign-on: exchange the one-time code (once, within a minute) for the access and refresh tokens */
        post: operations["OidcController_exchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Single sign-on: 302 to the identity provider (authorization code + PKCE S256, state, nonce); 404 when not set up */
        get: operations["OidcController_start"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which ways to sign in this service offers (the sign-in page shows only those) */
        get: operations["SignInController_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password-reset link by e-mail (always 202: it does not say whether the login exists) */
        post: operations["PasswordResetController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token from the reset link; every session of the account ends */
        post: operations["PasswordResetController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token (once) for new tokens; a token used twice ends its whole session */
        post: operations["SignInController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register as a candidate; a confirmation link is e-mailed (the same answer whether or not the address is taken) */
        post: operations["RegistrationController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail or phone and password (+ authenticator code): access and refresh tokens; 429 + Retry-After after repeated wrong passwords */
        post: operations["SignInController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session: its access and refresh tokens are refused from now on */
        post: operations["SignInController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch the second factor on with a current code from the app; sign-in then asks for it */
        post: operations["TotpController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up an authenticator app: a new secret and its otpauth:// URI (not yet required at sign-in) */
        post: operations["TotpController_setUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaign-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The templates a new campaign may start from: positions, rubric, weights, quotas (POST /campaigns with `template`) */
        get: operations["CampaignTemplatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the campaigns she may see, newest first (an organiser: her organisations’; an expert or inspector: where she serves) */
        get: operations["CampaignsController_list"];
        put?: never;
        /** Create a campaign in draft in one of her organisations (result: { campaignId }) */
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one campaign with its configuration and stage */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who did what, when, through which command (oldest first)
         * @description One entry per recorded event: the person as she was signed in (id, name, roles), the event type, the command that caused it and, for a stage change, the stage entered. Never a payload. Filter with actorId and type (event type); page with `after` = the `seq` of the last entry and `limit` (1–1000, default 200): fewer entries than `limit` means there are no more. Fed asynchronously from the events queue, so an event appears a moment after its command succeeded. Refused attempts are at /campaigns/{campaignId}/audit/refused.
         */
        get: operations["CampaignEventsController_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/audit/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone in the audit trail or the refused attempts, with how many actions and refusals (for filtering by person) */
        get: operations["CampaignEventsController_people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/audit/refused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Refused attempts: who tried what, when, and why it was refused (oldest first)
         * @description Commands about this campaign that were rejected by a rule or failed, so changed nothing: the person, the command type, when, and the refusal code and message. Never the command’s payload. Filter with actorId and type (command type); page with offset and limit (1–1000, default 200).
         */
        get: operations["CampaignEventsController_refused"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/candidacies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisers see every candidacy; a candidate sees only her own */
        get: operations["CandidaciesController_list"];
        put?: never;
        /** Submit my candidacy and project proposal (result: { candidacyId }) */
        post: operations["CandidaciesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/candidacy/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close candidacy (candidacy-open → qualification-review) */
        post: operations["CampaignsController_closeCandidacy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/candidacy/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open candidacy (draft → candidacy-open) */
        post: operations["CampaignsController_openCandidacy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/child-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certified campaigns of the organisations below this campaign’s, and whether their finalists were adopted */
        get: operations["ChildCampaignsController_list"];
        put?: never;
        /** Take the certified finalists of child campaigns as candidates (candidacy open; result: { adopted }) */
        post: operations["ChildCampaignsController_adopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a new draft from a campaign she may run: the same positions, rubric, weights and quotas, every date moved by the same whole number of days; no candidacy, person or score is copied (result: { campaignId }) */
        post: operations["CampaignsController_clone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the configuration (draft only) */
        put: operations["CampaignsController_reconfigure"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a draft (draft only): it leaves every list; its history keeps the discard */
        post: operations["CampaignsController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the election stands: finalists, rules, attendance, each position’s progress and the round it needs next */
        get: operations["ElectionController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/ballot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ballot paper the code opens: position, seats, candidates, write-ins, and whether the code is already used */
        get: operations["DelegateBallotController_ballot"];
        put?: never;
        /** Cast a secret ballot: approve / oppose / abstain per candidate, write-ins if allowed. The code is spent; the ballot is stored without it and without the delegate. Waits for the outcome: 200 counted, 409 code already used or round closed, 401 unknown code. */
        post: operations["DelegateBallotController_cast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check several delegates in at once (each one as for a single check-in) */
        post: operations["ElectionController_checkInMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/delegates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster: registered delegates and who is checked in */
        get: operations["ElectionController_roster"];
        put?: never;
        /** Register congress delegates: ids and names, or a count (ids D0001, D0002, …); until the first round opens */
        post: operations["ElectionController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/delegates/{delegateId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check one delegate in: present in every round opened from now on */
        post: operations["ElectionController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/delegates/{delegateId}/check-in/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a check-in made by mistake, with the reason (between rounds only: an open round’s attendance is fixed) */
        post: operations["ElectionController_cancelCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/elected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The elected set per position, and whether the election is complete */
        get: operations["ElectionController_elected"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/positions/{positionKey}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rounds and minutes of one position */
        get: operations["ElectionController_positionRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/quota-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign’s quotas for the elected set, checked on it (whole set and per position) */
        get: operations["ElectionController_quotaCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/quota-further-round": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The elected break a minimum quota: vacate the planned seats (elected not counting for it, fewest approvals first) and open them to a further round restricted to the qualifying finalists (the plan is in GET …/quota-check). Then open the round as usual. */
        post: operations["ElectionController_openQuotaFurtherRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/receipts/{receipt}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is this receipt among the counted ballots? Answers counted: false until the round closes (its ballot box is opened only then). */
        get: operations["DelegateReceiptController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every round in order with its minutes (registered, present, issued, returned, valid, invalid, per-candidate approve/oppose/abstain, elected) */
        get: operations["ElectionController_rounds"];
        put?: never;
        /** Open the next round of a position (result: the round). The ballot follows the rules: first round = finalists not yet elected; run-off = the tied; further round = those not elected; a void round is repeated. Needs quorum, and more candidates than seats unless an exception is recorded. */
        post: operations["ElectionController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round with its minutes once closed */
        get: operations["ElectionController_round"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/rounds/{roundId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close and count the round (result: status elected / run-off-required / further-round-required / void, with the minutes). When the last seat is filled the election completes (ElectionCompleted). */
        post: operations["ElectionController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/rounds/{roundId}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Electronic round: make an unnamed pack of one-time codes, as many as delegates present when the round opened, and answer them ONCE, shuffled, to print and hand out at random (无记名). Nothing records which code goes to whom; only hashes are stored. Calling again replaces all codes of the round (only while no ballot is cast). */
        post: operations["ElectionController_credentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/rounds/{roundId}/paper-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Paper round: the counting officers’ totals (issued, returned, invalid, per candidate approve/oppose/abstain), accepted only if they add up */
        post: operations["ElectionController_paperCount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/election/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Quorum (default more than 2/3 of registered present) and majority base (default present); before the first round */
        put: operations["ElectionController_rules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/assignments/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My assignments in this campaign, with each proposal (blind while blind review applies) and my sheet */
        get: operations["EvaluationController_myAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/candidacies/{candidacyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One candidacy: everything for the organiser; for an assigned expert, the (possibly blind) proposal and her sheet */
        get: operations["EvaluationController_candidacy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/candidacies/{candidacyId}/conflict-of-interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare my conflict of interest with a candidacy, with the reason; I am recused for it */
        post: operations["EvaluationController_declareConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/candidacies/{candidacyId}/panel-grade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record (or revise, while the stage is open) my panel grade and written opinion for a candidacy */
        put: operations["EvaluationController_grade"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/candidacies/{candidacyId}/score-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My score sheet (评分表) for a project as a printable page: blank to fill in by hand, or with my scores */
        get: operations["PrintablesController_scoreSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/candidacies/{candidacyId}/score-sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My score sheet (评分表) for a project as PDF */
        get: operations["PrintablesController_scoreSheetPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/candidacies/{candidacyId}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save my draft sheet (any subset of criteria, each within [0, max] on the step); as often as I like until I submit */
        put: operations["EvaluationController_saveDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/candidacies/{candidacyId}/sheet/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit my sheet (the scores sent, or my saved draft); it is locked from then on */
        post: operations["EvaluationController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/candidacies/{candidacyId}/sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sheets of a candidacy: all for the organiser; for an expert, the others’ only after she submitted hers (never when recused) */
        get: operations["EvaluationController_sheets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/candidacies/{candidacyId}/sheets/{expertId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlock one submitted sheet with a written reason (recorded as an event) */
        post: operations["EvaluationController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put an expert on the panel, assigned to every qualified candidacy unless candidacyIds are given */
        post: operations["EvaluationController_addExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/experts/{expertId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set whom an expert scores: a list of candidacies, or null for all */
        put: operations["EvaluationController_changeAssignments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/experts/{expertId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a conflict of interest for an expert (she is recused for that candidacy) */
        post: operations["EvaluationController_recordConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/missing-sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Missing work: which experts have not submitted which sheets */
        get: operations["EvaluationController_missing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel: experts, their assignments and recusals */
        get: operations["EvaluationController_panel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/panel-opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel grade per candidacy (majority, ties to the lower grade) and its points */
        get: operations["EvaluationController_panelOpinion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/project-review-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Project review score per qualified candidacy (trimmed mean, 2 places, exact), with completeness */
        get: operations["EvaluationController_scores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/project-review/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close project review (→ panel-opinion): only when every non-recused assignment is submitted, or with overrideReason */
        post: operations["EvaluationController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/evaluation/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rater statistics: spread per candidate, offset per expert, Kendall’s W, outlying sheets */
        get: operations["EvaluationController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign’s event stream in order, with the hash chain (audit trail) */
        get: operations["CampaignEventsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who holds which role in this campaign now (inspectors, counting officers) */
        get: operations["CampaignGrantsController_list"];
        put?: never;
        /** Grant a person a role in this campaign (never to one of its candidates) */
        post: operations["CampaignGrantsController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/grants/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a role she holds in this campaign; it ends at her next request */
        post: operations["CampaignGrantsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/inspection/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close inspection once every shortlisted candidate has passed; the finalists go to the congress. With no more finalists than seats, give exceptionReason (recorded, shown with the results). */
        post: operations["ShortlistingController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record pass or fail with findings for a shortlisted candidate; a failure brings in the next-ranked one */
        post: operations["ShortlistingController_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations to this campaign (not yet accepted, withdrawn or expired) */
        get: operations["CampaignInvitationsController_list"];
        put?: never;
        /** Invite by e-mail an expert, inspector or counting officer (never one of its candidates); a one-time link valid 7 days is mailed; inviting the same address again replaces the link */
        post: operations["CampaignInvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/invitations/{invitationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending invitation: its link stops working */
        post: operations["CampaignInvitationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/ballot-paper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ballot paper: mode, K, and the candidates in their fixed order (from the jury stage on) */
        get: operations["JuryBallotsController_ballotPaper"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/jurors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster with each credential’s status (issued / used / revoked), in pages */
        get: operations["JuryRosterController_list"];
        put?: never;
        /** Register one juror; the answer carries her one-time code and link (shown once) */
        post: operations["JuryRosterController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/jurors/{jurorId}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a lost, unused code with a new one (the old one stops working); the answer carries the new code */
        post: operations["JuryRosterController_reissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/jurors/{jurorId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a juror’s credential before it is used, with a reason */
        post: operations["JuryRosterController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/jurors/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import jurors from a CSV file: every bad line is reported and nothing is imported unless all are good; the answer carries each one-time code (shown once) */
        post: operations["JuryRosterController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/paper-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter a paper jury’s count (issued, returned, invalid, per candidate totals) instead of electronic ballots; refused unless it adds up */
        post: operations["JuryRosterController_paperCount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live progress as server-sent events ("progress": received, processed, counted, pending, stage, final); EventSource may pass ?access_token= */
        get: operations["JuryRosterController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published list of counted receipts, sorted, in pages (?after=<last receipt>&limit=) */
        get: operations["JuryBallotsController_receipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/receipts/{receipt}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check one receipt: counted, superseded (replaced by her later ballot) or not-found */
        get: operations["JuryBallotsController_checkReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After the jury stage: record the jury’s part scores in the campaign’s history (once every accepted ballot is counted) */
        post: operations["JuryRosterController_result"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/jury/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury tally from SQL aggregates: per candidate ballots, sum, lowest, highest, trimmed mean or approvals, and the jury score (0–100, 2 places) */
        get: operations["JuryRosterController_tally"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign’s notification deliveries, newest first: who (id, name), channel, kind, status, attempts, last error
         * @description status=dead lists the dead letters: deliveries that failed on every attempt or were refused for good. Never an address or a message text.
         */
        get: operations["NotificationsController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/objections/{objectionId}/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit a pending objection for the record: it becomes public, and certification waits for its written answer */
        post: operations["ResultsController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/objections/{objectionId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an admitted objection in writing */
        post: operations["ResultsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/objections/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss pending objections (spam, abuse) in one go with a reason kept in the audit trail; they are never published */
        post: operations["ResultsController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/personal-data/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Crypto-shred the campaign’s personal data once its retention period after certification is over (the worker also does it daily): every person’s data key is deleted, read models read 已删除 / erased; the history still verifies and every result still recomputes */
        post: operations["PersonalDataErasureController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The composite ranking: every part, the composite and the rank (live until frozen)
         * @description `freezeBlockers` lists each weighted part with no result yet (project review open, panel grades missing, jury result not recorded); the freeze is refused (409 ranking.parts-missing) until it is empty.
         */
        get: operations["ShortlistingController_ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/ranking/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze the ranking, form the quota-aware shortlist and move on to inspection; 409 ranking.parts-missing while a weighted part has no result (panel grades that can no longer come: freeze with overrideReason) */
        post: operations["ShortlistingController_freeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/ranking/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview the ranking and shortlist under other weights; shows who moves in or out. Changes nothing. */
        get: operations["ShortlistingController_whatIf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The result as it stands (also before publication): ranked table, elected per position, minutes, objections */
        get: operations["ResultsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/results/certify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Certify the result after the publicity period, all objections answered and quotas met; final */
        post: operations["ResultsController_certify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/results/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a visible correction. During publicity it answers upheld objections (objectionIds, required then): certification waits until every upheld objection has one. After certification it stands beside the result, which never changes. */
        post: operations["ResultsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/results/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the elected result; the publicity period (公示, default 5 working days) starts */
        post: operations["ResultsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shortlist with each member’s inspection, and the quota swaps made with their reasons */
        get: operations["ShortlistingController_shortlist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the campaign to its next stage (stages run in order and never re-open) */
        post: operations["CampaignsController_advance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/timeline/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a deadline later with a written reason, once the campaign runs and while its stage is not over */
        post: operations["CampaignsController_extendDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{candidacyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a candidacy (organiser, or the candidate herself) */
        get: operations["CandidaciesController_get"];
        /** Edit my candidacy while candidacy is open */
        put: operations["CandidaciesController_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{candidacyId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files attached to a proposal (the candidate, the organisers, the experts assigned to her) */
        get: operations["AttachmentsController_list"];
        put?: never;
        /** Attach a PDF, JPEG or PNG to my proposal while candidacy is open (413 over the size limit, 422 for another type) */
        post: operations["AttachmentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{candidacyId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file itself (inline; ?download=1 as an attachment); under blind review an expert gets it without identifying metadata */
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        /** Remove a file from my proposal while candidacy is open */
        delete: operations["AttachmentsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{candidacyId}/qualification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or reject a candidacy, with a written reason (qualification review) */
        post: operations["CandidaciesController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{candidacyId}/registration-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registration form (报名表) as a printable page (the candidate herself, or an organiser) */
        get: operations["PrintablesController_registrationForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{candidacyId}/registration-form.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registration form (报名表) as PDF */
        get: operations["PrintablesController_registrationFormPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{candidacyId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my candidacy: until the congress starts (not while the jury votes); on the shortlist the next-ranked candidate replaces me */
        post: operations["CandidaciesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{candidacyId}/withdraw-on-behalf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a candidate’s withdrawal for her once candidacy has closed, with her reason: until the congress starts (not while the jury votes); on the shortlist the next-ranked candidate replaces her */
        post: operations["CandidaciesController_withdrawOnBehalf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commands/{commandId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outcome of a command: pending, succeeded (with result) or rejected (with reason) */
        get: operations["CommandsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept: set a password (new) or give hers (existing account); the grant is recorded and she is signed in (access and refresh tokens) */
        post: operations["InvitationAcceptanceController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What the link invites to, and whether the invited address already has an account (she then signs in instead of setting a password) */
        post: operations["InvitationAcceptanceController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jury/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cast or replace my ballot (score mode: every candidate 0–100; approval mode: at most K). 409 once the jury has closed. */
        post: operations["JuryBallotsController_cast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jury/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a one-time juror code for a ballot token (once: the code is then used; a used or revoked code is refused). The token casts and, until the jury closes, replaces her ballot. */
        post: operations["JuryBallotsController_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about me: account, candidacies with their events, grants, invitations, sessions (dates only) */
        get: operations["MyDataController_data"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/erasure-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for erasure of my data; answers from when it can be done (null while a campaign is not yet certified) */
        post: operations["MyDataController_requestErasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification settings (opt-out, e-mail, SMS, language) */
        get: operations["NotificationsController_mine"];
        /** Change my notification settings; deliveries not yet sent follow them */
        put: operations["NotificationsController_change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisations she may see (hers, those she manages and those below where she includes descendants), each with its organisers and what she may do there */
        get: operations["OrganisationsController_list"];
        put?: never;
        /** Create an organisation one level below one she organises (result: { organisationId }) */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations to organise this organisation */
        get: operations["OrganisationInvitationsController_list"];
        put?: never;
        /** Invite a fellow organiser by e-mail; a one-time link valid 7 days is mailed; inviting the same address again replaces the link */
        post: operations["OrganisationInvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/invitations/{invitationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending invitation: its link stops working */
        post: operations["OrganisationInvitationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/organisers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an organiser (by person id and name) to an organisation she organises or that sits directly below one */
        post: operations["OrganisationsController_addOrganiser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/organisers/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an organiser; she loses the organisation’s campaigns at her next request */
        delete: operations["OrganisationsController_removeOrganiser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/organisers/{personId}/includes-descendants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Grant or revoke an organiser’s authority over the organisations below (by an organiser of the parent) */
        put: operations["OrganisationsController_includesDescendants"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{campaignId}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public notice (公示) as a printable page */
        get: operations["PublicResultsController_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{campaignId}/notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public notice as PDF: rendered once per version of the notice and stored; 503 with Retry-After while too many new versions wait to be rendered, or when the server has no Chromium */
        get: operations["PublicResultsController_noticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{campaignId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lodge an objection during the publicity period (anyone; no sign-in needed) */
        post: operations["PublicResultsController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{campaignId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published result with every part score (after publication only) */
        get: operations["PublicResultsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{campaignId}/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published ranked result as CSV (UTF-8 with BOM, opens in Excel) */
        get: operations["PublicResultsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every stage of a pipeline template in its order (an open selection's by default): the command and route that enter it, and what it allows. A campaign's own stages, less those it leaves out, are in its `stages`. */
        get: operations["StagesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            /** @description New invitee: the password to set (at least 10 characters, not a common one). Existing account: her password. */
            password: string;
            token: string;
            /** @example 123456 */
            totp?: string;
        };
        AddExpertDto: {
            /** @description Assign only these candidacies; leave out to assign every qualified candidacy */
            candidacyIds?: string[];
            /**
             * @description The expert’s user id (the `sub` of her token)
             * @example expert-wang
             */
            expertId: string;
            /** @example 王教授 */
            name: string;
        };
        AddOrganiserDto: {
            /** @example 王主任 */
            name: string;
            /**
             * @description The person’s id (her sign-in subject)
             * @example organiser-wang
             */
            personId: string;
        };
        AdoptChildFinalistsDto: {
            /** @description Certified campaigns of organisations below this one */
            childCampaignIds: string[];
        };
        AdvanceStageDto: {
            reason?: string;
            /**
             * @example candidacy-open
             * @enum {string}
             */
            to: "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
        };
        AttachmentView: {
            candidacyId: string;
            fileName: string;
            id: string;
            /** @enum {string} */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            sha256: string;
            sizeBytes: number;
            uploadedAt: string;
        };
        /** @description An extra candidate attribute a quota may count (sector, age band, non-party, ethnic minority, 台胞 …). */
        AttributeDefinition: {
            /** @description kind 'choice': the values a candidate may give. */
            choices?: string[];
            key: string;
            /** @enum {string} */
            kind: "boolean" | "choice";
            label: string;
        };
        AttributeDefinitionDto: {
            /** @description kind 'choice': the values a candidate may give */
            choices?: string[];
            /** @example nonParty */
            key: string;
            /** @enum {string} */
            kind: "boolean" | "choice";
            /** @example 无党派人士 */
            label: string;
        };
        /** @description The person behind an action as she was signed in when she sent the command (name and roles from her token). */
        AuditActorView: {
            id: string;
            /** @description null when the command carried no name (e.g. a congress delegate voting with her one-time code) */
            name: string | null;
            roles: string[];
        };
        /**
         * @description One recorded fact of a campaign, with who caused it and through which command. Never the payload of the event
         *     or of the command: those can hold juror codes and other credentials.
         */
        AuditEntryView: {
            actor: components["schemas"]["AuditActorView"];
            actorId: string;
            /** @description The command that caused it (null for an event no command caused) */
            commandId: string | null;
            /** @description The command's type, e.g. AdvanceCampaignStage */
            commandType: string | null;
            /** @description ObjectionsDismissed only: how many objections and why (the reason is the organiser's own words) */
            dismissal?: {
                objections: number;
                reason: string;
            };
            occurredAt: string;
            /** @description The event's global sequence number (a decimal string); pass it as `after` to read the next page. */
            seq: string;
            /** @description CampaignStageAdvanced only: the stage entered (so that "opened candidacy" can be told from "closed it") */
            stage?: string;
            /** @description The event type, e.g. CampaignStageAdvanced */
            type: string;
        };
        /** @description Everyone who acted on the campaign (or tried to), for the organiser's "filter by person". */
        AuditPersonView: {
            /** @description recorded events caused by this person */
            actions: number;
            id: string;
            /** @description null when the command carried no name (e.g. a congress delegate voting with her one-time code) */
            name: string | null;
            /** @description refused commands sent by this person */
            refused: number;
            roles: string[];
        };
        /**
         * @description Ranked: each tier lists its members by rank. Unranked: in no particular order (排名不分先后).
         * @enum {string}
         */
        AwardPublication: "ranked" | "unranked";
        AwardsView: {
            publication: components["schemas"]["AwardPublication"];
            /** @description False while the tiers are only what publishing would record now (the finalists in ranking order). */
            published: boolean;
            tiers: components["schemas"]["AwardTierView"][];
        };
        /** @description One award tier (e.g. 十佳家庭 ×10, 提名奖 ×10): the first `size` finalists by ranking not in an earlier tier. */
        AwardTier: {
            key: string;
            size: number;
            title: string;
        };
        AwardTierDto: {
            /** @example winner */
            key: string;
            /** @example 10 */
            size: number;
            /** @example 十佳家庭 */
            title: string;
        };
        AwardTierView: {
            /** @description Ranked: in rank order. Unranked: by name (zh-CN collation), which says nothing of rank (排名不分先后). */
            members: {
                candidacyId: string;
                name: string;
                unit: string | null;
            }[];
            size: number;
            tierKey: string;
            title: string;
        };
        BallotPaperView: {
            approvalLimit: number | null;
            campaignId: string;
            candidates: {
                candidacyId: string;
                name: string;
                projectTitle: string;
            }[];
            mode: components["schemas"]["JuryMode"];
        };
        CampaignConfig: {
            /** @description In approval mode: the most candidates a juror may approve. */
            approvalLimit?: number;
            blindReview: boolean;
            /** @description Governing bodies quotas may be checked on; left out = quotas on the whole elected set only. */
            bodies?: components["schemas"]["GoverningBody"][];
            /** @description Extra attributes candidates give (in clear, like the other quota attributes) and quotas may count. */
            candidateAttributes?: components["schemas"]["AttributeDefinition"][];
            competitiveMarginPercent: number;
            juryMode: components["schemas"]["JuryMode"];
            nomination?: components["schemas"]["NominationRules"];
            organisingBody: string;
            pipeline?: components["schemas"]["PipelineConfig"];
            positions: components["schemas"]["Position"][];
            /** @description Working days of the publicity period (公示期) after results are published; default 5. */
            publicityWorkingDays?: number;
            quotas: components["schemas"]["QuotaRule"][];
            /** @description Days personal data is kept after certification before it may be erased; DEFAULT_RETENTION_DAYS when left out. */
            retentionDays?: number;
            rubric: components["schemas"]["RubricCriterion"][];
            timeline: components["schemas"]["CampaignTimeline"];
            title: string;
            weights: components["schemas"]["WeightsConfig"];
        };
        CampaignConfigDto: {
            /** @example 5 */
            approvalLimit?: number;
            /** @default false */
            blindReview: boolean;
            /** @description Governing bodies (e.g. the standing committee) quotas may be checked on, with sitting members */
            bodies?: components["schemas"]["GoverningBodyDto"][];
            /** @description Extra candidate attributes quotas may count (e.g. sector, ageBand — derived from the birth year —, nonParty, ethnicMinority, taiwanCompatriot) */
            candidateAttributes?: components["schemas"]["AttributeDefinitionDto"][];
            /** @example 20 */
            competitiveMarginPercent?: number;
            /** @enum {string} */
            juryMode?: "score" | "approval";
            /** @description Nomination channels open (default: all) and the joint minimum (default 5) */
            nomination?: components["schemas"]["NominationRulesDto"];
            /** @example 某区妇女联合会 */
            organisingBody: string;
            /** @description Open selection (to congress) when left out; or honours, with award tiers */
            pipeline?: components["schemas"]["PipelineConfigDto"];
            positions: components["schemas"]["PositionDto"][];
            /**
             * @description Working days of the publicity period (公示期), weekends skipped
             * @default 5
             */
            publicityWorkingDays: number;
            quotas?: components["schemas"]["QuotaDto"][];
            /**
             * @description Days personal data is kept after certification before it may be erased (default 3 years)
             * @default 1095
             */
            retentionDays: number;
            /** @description Default: needs fit 30, feasibility 25, innovation 20, sustainability 15, presentation 10 */
            rubric?: components["schemas"]["RubricCriterionDto"][];
            timeline?: components["schemas"]["TimelineDto"];
            /** @example 区妇联兼职副主席、兼职常委公开选配 */
            title: string;
            /** @description Default 40 / 30 / 30 */
            weights?: components["schemas"]["WeightsDto"];
        };
        CampaignGrantView: {
            grantedAt: string;
            name: string;
            personId: string;
            /** @enum {string} */
            role: "inspector" | "counting-officer";
        };
        /**
         * @description A starting configuration an organiser fills in rather than entering everything again: positions, rubric, weights,
         *     quotas and the jury's mode. Title and organising body are hers to write; dates are set per campaign.
         */
        CampaignTemplate: {
            config: {
                /** @description In approval mode: the most candidates a juror may approve. */
                approvalLimit?: number;
                blindReview?: boolean;
                /** @description Governing bodies quotas may be checked on; left out = quotas on the whole elected set only. */
                bodies?: components["schemas"]["GoverningBody"][];
                /** @description Extra attributes candidates give (in clear, like the other quota attributes) and quotas may count. */
                candidateAttributes?: components["schemas"]["AttributeDefinition"][];
                competitiveMarginPercent?: number;
                /** @enum {string} */
                juryMode?: "score" | "approval";
                nomination?: components["schemas"]["NominationRules"];
                pipeline?: components["schemas"]["PipelineConfig"];
                positions: components["schemas"]["Position"][];
                /** @description Working days of the publicity period (公示期) after results are published; default 5. */
                publicityWorkingDays?: number;
                quotas?: components["schemas"]["QuotaRule"][];
                /** @description Days personal data is kept after certification before it may be erased; DEFAULT_RETENTION_DAYS when left out. */
                retentionDays?: number;
                rubric?: components["schemas"]["RubricCriterion"][];
                weights?: components["schemas"]["WeightsConfig"];
            };
            description: components["schemas"]["TemplateText"];
            key: string;
            title: components["schemas"]["TemplateText"];
        };
        CampaignTimeline: {
            candidacyClosesAt?: string;
            candidacyOpensAt?: string;
            congressAt?: string;
            juryClosesAt?: string;
            /** @description Experts with sheets still to submit get a reminder before it (issue 17); nothing closes by itself. */
            projectReviewClosesAt?: string;
        };
        /** @description A campaign as the API shows it. */
        CampaignView: {
            /** @description What its stage allows (GET /stages has every stage's): the web UI shows and hides by this, not by stage. */
            allows: components["schemas"]["StageActivity"][];
            config: components["schemas"]["CampaignConfig"];
            createdAt: string;
            /** @description Deadlines extended while it ran, oldest first, each with its reason. */
            deadlineExtensions: components["schemas"]["DeadlineExtensionRecord"][];
            /** @description The deadlines its stage still lets the organiser extend (POST /campaigns/:id/timeline/extend). */
            extendableDeadlines: components["schemas"]["ExtendableDeadline"][];
            id: string;
            /** @enum {string|null} */
            nextStage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified" | null;
            organisationId: string | null;
            organisingBody: string;
            /** @description The template (key) or past campaign (id) its configuration started from; null when entered from scratch. */
            origin: {
                clonedFrom?: string;
                template?: string;
            } | null;
            /** @description Whether a qualified candidate may still withdraw, candidacy having closed (POST /candidacies/:id/withdraw). */
            qualifiedCandidatesMayWithdraw: boolean;
            /** @enum {string} */
            stage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
            /** @description The campaign's own stages in order (its pipeline's, less those it leaves out), as GET /stages gives them. */
            stages: components["schemas"]["StageDefinition"][];
            title: string;
            updatedAt: string;
            version: number;
        };
        CancelCheckInDto: {
            /** @example 扫错了代表证（应为 D0018） */
            reason: string;
        };
        /**
         * @description What the candidate agreed to (PIPL art. 14, 29: separate consent for each purpose). Processing for the selection
         *     itself is required to take part at all; publication of her name, employer and project title are each her choice.
         *     The name of a finalist or of the elected is published whatever she chose: an election result names who was elected.
         */
        CandidacyConsent: {
            processing: boolean;
            publishEmployer: boolean;
            publishName: boolean;
            publishProjectTitle: boolean;
        };
        CandidacyConsentDto: {
            /**
             * @description Required: processing of her data for this selection
             * @enum {boolean}
             */
            processing: true;
            publishEmployer: boolean;
            /** @description Publish her name (finalists and the elected are named regardless) */
            publishName: boolean;
            publishProjectTitle: boolean;
        };
        CandidacyDto: {
            consent: components["schemas"]["CandidacyConsentDto"];
            details: components["schemas"]["CandidateDetailsDto"];
            proposal: components["schemas"]["ProjectProposalDto"];
        };
        CandidacySheetsView: {
            candidacyId: string;
            label: string;
            /** @description The viewer's own sheet (experts). */
            mine?: components["schemas"]["SheetView"] | null;
            /** @description Organiser only. */
            name?: string;
            number: number;
            /** @enum {string} */
            numberedAs: "project" | "candidacy";
            projectReviewScore: string | null;
            /** @description Organiser: every sheet (any status); expert: the other experts' counted (submitted, not recused) sheets. */
            sheets: {
                comment: string;
                expertId: string;
                lastUnlockReason: string | null;
                recused?: boolean;
                scores: {
                    [key: string]: string;
                };
                status: components["schemas"]["SheetStatus"];
                /** @description Exact total while submitted, else null. */
                total: string | null;
                unlockCount: number;
            }[];
        };
        /** @enum {string} */
        CandidacyStatus: "accepted" | "rejected" | "submitted" | "withdrawn";
        CandidacyView: {
            campaignId: string;
            candidateId: string;
            consent: components["schemas"]["CandidacyConsent"];
            details: components["schemas"]["CandidateDetails"];
            id: string;
            name: string;
            nomination: components["schemas"]["NominationView"];
            proposal: components["schemas"]["ProjectProposal"];
            qualificationReason: string | null;
            status: components["schemas"]["CandidacyStatus"];
            submittedAt: string;
            updatedAt: string;
        };
        /**
         * @description Who the candidate is. Age (birth year), education and rank are recorded for the record and for statistics,
         *     but no rule ever reads them to exclude anyone (DOMAIN.md stage 2, always).
         */
        CandidateDetails: {
            /**
             * @description The campaign's extra quota attributes (`CampaignConfig.candidateAttributes`), checked against its definitions;
             *     kept in clear like the other quota attributes. Left out when the campaign defines none.
             */
            attributes?: {
                [key: string]: string | boolean;
            };
            birthYear: number;
            contact: string;
            education: string;
            employer: string;
            /** @enum {string} */
            employment: "full-time" | "seconded" | "part-time";
            /** @enum {string} */
            gender: "female" | "male" | "other";
            grassrootsFrontline: boolean;
            name: string;
            sector: string;
            statement: string;
        };
        CandidateDetailsDto: {
            /**
             * @description The campaign's extra attributes (its candidateAttributes): yes/no or one of the choices; the age band is derived from birthYear
             * @example {
             *       "nonParty": true,
             *       "ethnicMinority": false
             *     }
             */
            attributes?: Record<string, never>;
            /**
             * @description Recorded, never used to exclude
             * @example 1991
             */
            birthYear: number;
            /** @example 138-0000-0000 */
            contact: string;
            /**
             * @description Recorded, never used to exclude; may be empty
             * @example 本科
             */
            education: string;
            /** @example 某商业银行支行 */
            employer: string;
            /** @enum {string} */
            employment: "full-time" | "seconded" | "part-time";
            /** @enum {string} */
            gender: "female" | "male" | "other";
            grassrootsFrontline: boolean;
            /** @example 周晓雯 */
            name: string;
            /** @example 金融 */
            sector: string;
            /** @example 热心妇女工作十年…… */
            statement: string;
        };
        CandidateMarks: {
            abstain: number;
            approve: number;
            oppose: number;
        };
        /**
         * @description 'run-off': tied for the last seats; 'void': the vote was void, so nobody's outcome is decided.
         * @enum {string}
         */
        CandidateOutcome: "elected" | "run-off" | "void" | "not-elected";
        /**
         * @description Where a candidate ended in the selection (an honours campaign's finalists are awarded or not, never elected).
         * @enum {string}
         */
        CandidateStatus: "elected" | "withdrawn" | "not-elected" | "awarded" | "not-awarded" | "failed-inspection" | "not-shortlisted" | "not-qualified";
        CastBallotAnswer: {
            ballotId: string;
            campaignId: string;
            receipt: string;
            /** @description Acceptance sequence: her ballot with the highest one is the one counted. */
            seq: string;
            /** @enum {string} */
            status: "accepted";
        };
        CastBallotDto: {
            /**
             * @description approve / oppose / abstain per candidate on the ballot; a candidate left out counts as abstain; {} is a blank (valid) ballot
             * @example {
             *       "00000000-0000-4000-8000-000000000001": "approve",
             *       "00000000-0000-4000-8000-000000000003": "oppose"
             *     }
             */
            marks: {
                [key: string]: "approve" | "oppose" | "abstain";
            };
            /** @description Written-in persons (另选他人), when the round allows it */
            writeIns?: string[];
        };
        ChangeAssignmentsDto: {
            /** @description Exactly these candidacies, or null for every qualified candidacy */
            candidacyIds: string[] | null;
        };
        CheckInDelegatesDto: {
            /**
             * @example [
             *       "D0001",
             *       "D0002"
             *     ]
             */
            delegateIds: string[];
        };
        /** @description A campaign whose certified finalists the parent campaign may take as candidates. */
        ChildCampaignView: {
            /** @description Its finalists are already candidates of the parent. */
            adopted: boolean;
            campaignId: string;
            /** @description How many people its certified result hands on. */
            finalists: number;
            organisationId: string;
            organisationName: string;
            title: string;
        };
        CloneCampaignDto: {
            /**
             * @description The day the copy’s candidacy opens; every date moves by as many days (time of day kept)
             * @example 2027-03-01
             */
            candidacyOpensOn?: string;
            /** @description The organisation the copy belongs to; required when she organises several, else hers */
            organisationId?: string;
            /**
             * @description The copy’s organising body; the source’s when left out
             * @example 某区妇女联合会
             */
            organisingBody?: string;
            /**
             * @description Move every date by this many days (give this or candidacyOpensOn)
             * @example 365
             */
            shiftDays?: number;
            /**
             * @description The copy’s title; the source’s when left out
             * @example 2027年区妇联兼职副主席、兼职常委公开选配
             */
            title?: string;
        };
        CloseInspectionDto: {
            /**
             * @description Needed when no more finalists than seats remain: why the election goes ahead anyway (recorded and shown with the results)
             * @example 经考察仅两名人选符合条件，经党组研究同意进行等额选举
             */
            exceptionReason?: string;
        };
        CloseProjectReviewDto: {
            /**
             * @description Required when assigned sheets are missing
             * @example 一位专家因病无法完成评分，经评审委员会同意按已提交评分计算
             */
            overrideReason?: string;
        };
        /** @description What a client learns about a command: `GET /commands/:id` and `?wait=true` both answer with this. */
        CommandOutcome: {
            campaignId: string;
            commandId: string;
            completedAt?: string;
            createdAt: string;
            error?: components["schemas"]["CommandRejection"];
            result?: unknown;
            status: components["schemas"]["CommandStatus"];
            type: string;
        };
        CommandRejection: {
            code: string;
            field?: string;
            /** @enum {string} */
            kind: "conflict" | "invalid" | "forbidden" | "not-found" | "unauthenticated" | "internal";
            message: string;
            /** @description The refusal's variable parts (see RefusalParams in libs/domain), for clients that word it themselves. */
            params?: {
                [key: string]: string | number;
            };
        };
        /**
         * @description failed: the command hit a defect in our code; it was not applied, and retrying it would fail the same way.
         * @enum {string}
         */
        CommandStatus: "rejected" | "failed" | "pending" | "succeeded";
        /** @description An organiser's recorded decision to hold a round with no more candidates than seats (等额). */
        CompetitiveException: {
            reason: string;
            recordedBy?: string;
        };
        CompetitiveExceptionDto: {
            /** @example 经上级妇联批准，本轮实行等额选举 */
            reason: string;
        };
        /**
         * @description Stage 9 — the result of one congress round.
         *
         *     - returned > issued: the whole vote is void and must be repeated (status 'void', nobody elected).
         *     - Elected: approvals MORE than half of the majority base (delegates present by default, or registered);
         *       exactly half is not enough. Those with a majority take seats by approvals until the seats are filled.
         *     - A tie at the last seat among majority candidates: the seats above the tie are filled, the rest go to a
         *       run-off among the tied (status 'run-off-required').
         *     - Too few with a majority: the seats left go to a further round (另行选举) among those not elected
         *       (status 'further-round-required'); that round must again be competitive unless an exception is recorded.
         * @enum {string}
         */
        CongressElectionStatus: "elected" | "run-off-required" | "further-round-required" | "void";
        /**
         * @description 'first': the first round of a position (all eligible finalists); 'run-off': among those tied for the last
         *     seats (再次投票); 'further': a further round for seats left unfilled (另行选举), among those not elected.
         *     A repeat of a void round keeps the kind of the round it repeats and names it in `repeatOf`.
         * @enum {string}
         */
        CongressRoundKind: "first" | "run-off" | "further";
        /** @enum {string} */
        CongressVotingMethod: "electronic" | "paper";
        CorrectionDto: {
            /** @description During publicity: the upheld objections this correction answers (required then; not after certification) */
            objectionIds?: string[];
            /** @example 更正公告中一处单位名称的笔误 */
            text: string;
        };
        CreateCampaignDto: {
            /** @example 5 */
            approvalLimit?: number;
            /** @default false */
            blindReview: boolean;
            /** @description Governing bodies (e.g. the standing committee) quotas may be checked on, with sitting members */
            bodies?: components["schemas"]["GoverningBodyDto"][];
            /** @description Extra candidate attributes quotas may count (e.g. sector, ageBand — derived from the birth year —, nonParty, ethnicMinority, taiwanCompatriot) */
            candidateAttributes?: components["schemas"]["AttributeDefinitionDto"][];
            /** @example 20 */
            competitiveMarginPercent?: number;
            /** @enum {string} */
            juryMode?: "score" | "approval";
            /** @description Nomination channels open (default: all) and the joint minimum (default 5) */
            nomination?: components["schemas"]["NominationRulesDto"];
            /** @description The organisation it belongs to; required when she organises several, else hers */
            organisationId?: string;
            /** @example 某区妇女联合会 */
            organisingBody: string;
            /** @description Open selection (to congress) when left out; or honours, with award tiers */
            pipeline?: components["schemas"]["PipelineConfigDto"];
            /** @description Required without a template; with one, the template’s when left out */
            positions?: components["schemas"]["PositionDto"][];
            /**
             * @description Working days of the publicity period (公示期), weekends skipped
             * @default 5
             */
            publicityWorkingDays: number;
            quotas?: components["schemas"]["QuotaDto"][];
            /**
             * @description Days personal data is kept after certification before it may be erased (default 3 years)
             * @default 1095
             */
            retentionDays: number;
            /** @description Default: needs fit 30, feasibility 25, innovation 20, sustainability 15, presentation 10 */
            rubric?: components["schemas"]["RubricCriterionDto"][];
            /**
             * @description The template (GET /campaign-templates) the configuration starts from; every field left out is the template’s. Recorded as the campaign’s origin
             * @enum {string}
             */
            template?: "open-selection" | "community-representatives" | "honours";
            timeline?: components["schemas"]["TimelineDto"];
            /** @example 区妇联兼职副主席、兼职常委公开选配 */
            title: string;
            /** @description Default 40 / 30 / 30 */
            weights?: components["schemas"]["WeightsDto"];
        };
        CreateOrganisationDto: {
            /**
             * @example district
             * @enum {string}
             */
            level: "province" | "city" | "district" | "street" | "community";
            /** @example 江岸区妇联 */
            name: string;
            /** @description The organisation to create it under (one you organise) */
            parentId: string;
        };
        /**
         * @description Where a juror's code stands: not opened yet; opened (in one or more browsers); voted (she has a counted ballot —
         *     told only once the jury has closed, so that the roster cannot be watched to see whose ballot just landed);
         *     revoked by the organiser.
         * @enum {string}
         */
        CredentialStatus: "not-opened" | "opened" | "voted" | "revoked";
        /** @description One extension of a deadline as the campaign page lists it. */
        DeadlineExtensionRecord: {
            deadline: components["schemas"]["ExtendableDeadline"];
            extendedAt: string;
            extendedBy: string;
            from: string;
            reason: string;
            to: string;
        };
        DeclareConflictDto: {
            /** @example 与该候选人为同一单位同事 */
            reason: string;
        };
        DelegateBallotView: {
            campaignId: string;
            candidates: components["schemas"]["NamedCandidacy"][];
            kind: components["schemas"]["CongressRoundKind"];
            /** @description Approve at most this many (write-ins included), or the ballot is invalid. */
            maxApprovals: number;
            number: number;
            positionKey: string;
            positionTitle: string;
            roundId: string;
            roundOpen: boolean;
            seats: number;
            /** @description Whether this code has already been used. */
            used: boolean;
            writeIns: {
                allowed: boolean;
                eligible: components["schemas"]["NamedCandidacy"][];
            };
        };
        DelegateDto: {
            /** @example hz-001 */
            delegateId: string;
            /** @example 王红 */
            name?: string;
        };
        DelegateRosterView: {
            campaignId: string;
            delegates: {
                checkedIn: boolean;
                checkedInAt: string | null;
                delegateId: string;
                name: string;
            }[];
            present: number;
            registered: number;
        };
        DevLoginDto: {
            /** @example 李主任 */
            name?: string;
            /** @description An organiser: the organisation she organises (made a member on sign-in); without one, the development root organisation */
            organisationId?: string;
            /**
             * @example [
             *       "organiser"
             *     ]
             */
            roles: ("organiser" | "expert" | "juror" | "delegate" | "candidate" | "inspector" | "counting-officer")[];
            /**
             * @description Stable id of the person; a new one is made when left out
             * @example organiser-1
             */
            userId?: string;
        };
        DiscardDraftDto: {
            /**
             * @description Why the draft is discarded; kept in its history
             * @example 重复创建
             */
            reason?: string;
        };
        DismissObjectionsDto: {
            /** @description The pending objections to dismiss (1–1000); admitted ones are answered instead */
            objectionIds: string[];
            /**
             * @description Why: kept in the campaign history and the audit trail, never published
             * @example 内容与本次选配无关（广告），不予受理
             */
            reason: string;
        };
        /**
         * @description What decides who is elected: more than half of the majority base in a round (过半数), or the most votes among
         *     the tied in a run-off (得票多者当选) — the tied candidates already passed the majority in the round that tied them.
         * @enum {string}
         */
        ElectedBy: "majority" | "most-votes";
        ElectedQuotaCheckView: {
            byPosition: {
                positionKey: string;
                violations: components["schemas"]["QuotaViolationView"][];
            }[];
            campaignId: string;
            completed: boolean;
            members: {
                attributes: {
                    [key: string]: unknown;
                };
                candidacyId: string;
                name: string;
                positionKey: string;
            }[];
            passed: boolean;
            quotaFurtherRound: components["schemas"]["QuotaFurtherRoundView"];
            quotas: {
                attribute: string;
                body?: string;
                equals: string | number | boolean;
                maxSharePercent: string | null;
                minSharePercent: string | null;
            }[];
            /** @description On the whole elected set and on each body (its elected and sitting members); empty = the quotas are met. */
            violations: components["schemas"]["QuotaViolationView"][];
        };
        ElectedView: {
            campaignId: string;
            completed: boolean;
            completedAt: string | null;
            positions: {
                elected: components["schemas"]["NamedCandidacy"][];
                filled: boolean;
                positionKey: string;
                seats: number;
                title: string;
            }[];
        };
        /** @description The election minutes (选举记录) as published. */
        ElectionMinutes: {
            ballotsIssued: number;
            ballotsReturned: number;
            candidates: components["schemas"]["MinutesLine"][];
            disregardedWriteIns: number;
            elected: string[];
            electedBy: components["schemas"]["ElectedBy"];
            invalidBallots: number;
            invalidReasons: {
                "bad-mark"?: number;
                "over-approval"?: number;
                "unknown-candidate"?: number;
            };
            /**
             * @description null in a run-off: most approvals wins, no majority needed.
             * @enum {string|null}
             */
            majorityBase: "present" | "registered" | null;
            majorityThreshold: number | null;
            /** @enum {string} */
            method: "electronic" | "paper";
            positionId: string | null;
            presentDelegates: number;
            quorum: components["schemas"]["QuorumRule"];
            registeredDelegates: number;
            /** @enum {string} */
            round: "run-off" | "congress";
            seats: number;
            status: components["schemas"]["CongressElectionStatus"];
            validBallots: number;
        };
        ElectionOverviewView: {
            campaignId: string;
            completed: boolean;
            finalists: {
                candidacyId: string;
                name: string;
                rank: number;
            }[] | null;
            /** @description Inspection closed with no more finalists than seats, with the organiser's written reason (等额选举). */
            inspectionException: {
                finalists: number;
                reason: string;
                seats: number;
            } | null;
            openRoundId: string | null;
            positions: {
                elected: components["schemas"]["NamedCandidacy"][];
                filled: boolean;
                next: {
                    candidates: components["schemas"]["NamedCandidacy"][];
                    competitive: boolean;
                    kind: components["schemas"]["CongressRoundKind"];
                    repeatOf: string | null;
                    seats: number;
                } | null;
                openRoundId: string | null;
                positionKey: string;
                seats: number;
                title: string;
            }[];
            presentDelegates: number;
            registeredDelegates: number;
            rules: {
                majorityBase: components["schemas"]["MajorityBase"];
                quorum: components["schemas"]["QuorumRule"];
            };
            stage: string;
        };
        ElectionRoundView: {
            ballotsCast: number;
            candidates: components["schemas"]["NamedCandidacy"][];
            closedAt: string | null;
            competitiveException: components["schemas"]["CompetitiveException"] | null;
            credentialsIssued: number;
            kind: components["schemas"]["CongressRoundKind"];
            majorityBase: components["schemas"]["MajorityBase"];
            method: components["schemas"]["CongressVotingMethod"];
            /** @description The minutes (选举记录) as recorded when the round closed; null while open. */
            minutes: components["schemas"]["ElectionMinutes"] | null;
            number: number;
            openedAt: string;
            outcome: {
                /** @description Elected in this round, most approvals first. */
                elected: {
                    approvals: number;
                    candidacyId: string;
                }[];
                furtherRound: components["schemas"]["FurtherRoundCall"] | null;
                /** @description Everyone elected to the position so far, in order of election. */
                positionElected: string[];
                runOff: components["schemas"]["RunOffCall"] | null;
                status: components["schemas"]["CongressElectionStatus"];
                voidReason: string | null;
            } | null;
            paperCount: components["schemas"]["PaperCount"] | null;
            positionKey: string;
            positionRound: number;
            positionTitle: string;
            presentDelegates: number;
            quorum: components["schemas"]["QuorumRule"];
            registeredDelegates: number;
            repeatOf: string | null;
            roundId: string;
            seats: number;
            /** @enum {string} */
            status: "open" | "closed";
            writeInEligible: components["schemas"]["NamedCandidacy"][] | null;
        };
        ElectionRulesDto: {
            /**
             * @description Elected needs approvals from more than half of these (default present)
             * @enum {string}
             */
            majorityBase?: "present" | "registered";
            /** @description Default 2/3 */
            quorum?: components["schemas"]["QuorumDto"];
        };
        ErasureRequest: {
            erasableFrom: string | null;
            /** @description When her data was crypto-shredded (every campaign of hers erased); absent until then. */
            erasedAt?: string;
            /**
             * @description Why no date can be given yet.
             * @enum {string}
             */
            pending?: "campaign-not-certified";
            requestedAt: string;
        };
        /** @description A candidacy as an expert sees it. While blind, `candidate` is null and the proposal is scrubbed of her identity. */
        ExpertCandidacyView: {
            blind: boolean;
            candidacyId: string;
            candidate: {
                /**
                 * @description The campaign's extra quota attributes (`CampaignConfig.candidateAttributes`), checked against its definitions;
                 *     kept in clear like the other quota attributes. Left out when the campaign defines none.
                 */
                attributes?: {
                    [key: string]: string | boolean;
                };
                birthYear: number;
                candidateId: string;
                contact: string;
                education: string;
                employer: string;
                /** @enum {string} */
                employment: "full-time" | "seconded" | "part-time";
                /** @enum {string} */
                gender: "female" | "male" | "other";
                grassrootsFrontline: boolean;
                name: string;
                sector: string;
                statement: string;
            } | null;
            label: string;
            number: number;
            /**
             * @description How a blind expert refers to it: a project's number in submission order (see BlindLabel); `label` in English.
             * @enum {string}
             */
            numberedAs: "project" | "candidacy";
            /** @description null when she is recused for it. */
            proposal: components["schemas"]["ProjectProposal"] | null;
            recused: boolean;
            /** @description Her own sheet, if any. */
            sheet: components["schemas"]["SheetView"] | null;
        };
        /**
         * @description A date of the timeline that may be moved later once the campaign runs (see campaign-deadlines.ts).
         * @enum {string}
         */
        ExtendableDeadline: "candidacyClosesAt" | "juryClosesAt" | "projectReviewClosesAt" | "congressAt";
        ExtendDeadlineDto: {
            /**
             * @example candidacyClosesAt
             * @enum {string}
             */
            deadline: "candidacyClosesAt" | "projectReviewClosesAt" | "juryClosesAt" | "congressAt";
            /**
             * @description Why; kept in the campaign’s history
             * @example 报名人数不足，延长报名一周
             */
            reason: string;
            /**
             * @description The new deadline, later than the current one
             * @example 2027-04-07T17:00:00+08:00
             */
            to: string;
        };
        FreezeRankingDto: {
            /**
             * @description Only for parts that can never come any more (panel grades once panel opinion is over): freeze without them, with this reason kept in the RankingFrozen event
             * @example 一位候选人因病未能参加答辩，专家评审组无法评定等次；经领导小组同意按其他成绩排名
             */
            overrideReason?: string;
        };
        FurtherRoundCall: {
            /** @description Whether more are eligible than seats; if not, the further round needs a recorded exception. */
            competitive: boolean;
            /** @description Everyone not elected (ballot candidates and written-in persons with approvals), most approvals first. */
            eligibleCandidateIds: string[];
            seats: number;
        };
        /** @description A governing body (e.g. the standing committee) whose composition quotas are checked on (DOMAIN.md stage 9). */
        GoverningBody: {
            key: string;
            /** @description The campaign's positions whose elected people join this body. */
            positionKeys: string[];
            sittingMembers?: components["schemas"]["SittingMembers"][];
            title: string;
        };
        GoverningBodyDto: {
            /** @example standing-committee */
            key: string;
            /**
             * @description The positions whose elected join this body
             * @example [
             *       "standing-member"
             *     ]
             */
            positionKeys: string[];
            /** @description Members not up for election, counted by their attributes */
            sittingMembers?: components["schemas"]["SittingMembersDto"][];
            /** @example 常务委员会 */
            title: string;
        };
        GrantCampaignRoleDto: {
            /** @example 赵考察 */
            name: string;
            /**
             * @description The person’s id (her sign-in subject)
             * @example inspector-zhao
             */
            personId: string;
            /** @enum {string} */
            role: "inspector" | "counting-officer";
        };
        IncludesDescendantsDto: {
            /** @description Whether she also acts on the campaigns of every organisation below this one */
            includesDescendants: boolean;
        };
        InvitationTokenDto: {
            token: string;
        };
        /** @enum {string} */
        InvitedRole: "organiser" | "expert" | "inspector" | "counting-officer";
        InviteOrganiserDto: {
            /** @example wang@example.org */
            email: string;
            /** @example 王主任 */
            name: string;
        };
        InviteToCampaignDto: {
            /** @example wang@example.org */
            email: string;
            /** @example 王主任 */
            name: string;
            /** @enum {string} */
            role: "expert" | "inspector" | "counting-officer";
        };
        IssuedCredential: {
            /** @description The one-time code: shown in this answer only (only its hash is stored). */
            code: string;
            jurorId: string;
            line?: number;
            /** @description The link for her card or QR code. */
            link: string;
            name: string;
            reference?: string;
        };
        JurorCodeDto: {
            /**
             * @description The one-time code from her card or link
             * @example K7QWM-3PXTA
             */
            code: string;
        };
        JurorListView: {
            jurors: components["schemas"]["JurorView"][];
            notOpened: number;
            opened: number;
            revoked: number;
            total: number;
            /** @description Jurors with a counted ballot; 0 until the jury closes (see votedKnown). */
            voted: number;
            /** @description false while the jury is open: who voted is told only after the close. */
            votedKnown: boolean;
        };
        JurorView: {
            jurorId: string;
            line: number | null;
            name: string;
            openedAt: string | null;
            reference: string | null;
            registeredAt: string;
            revokedAt: string | null;
            revokeReason: string | null;
            status: components["schemas"]["CredentialStatus"];
            userId: string | null;
        };
        JuryBallotDto: {
            /**
             * @description Approval mode: the candidacy ids approved, at most K
             * @example []
             */
            approvals?: string[];
            /** @description Score mode: every candidate once, a whole number 0–100 each */
            scores?: components["schemas"]["JuryScoreMarkDto"][];
        };
        /** @enum {string} */
        JuryMode: "score" | "approval";
        JuryPaperCountDto: {
            candidates: components["schemas"]["JuryPaperCountLineDto"][];
            /** @example 3 */
            invalid: number;
            /** @example 60 */
            issued: number;
            /** @example 58 */
            returned: number;
        };
        JuryPaperCountLineDto: {
            /**
             * @description Approval mode: her approvals
             * @example 30
             */
            approvals?: number;
            /**
             * @description Score mode: ballots that scored her
             * @example 55
             */
            ballots?: number;
            /** Format: uuid */
            candidacyId: string;
            /**
             * @description Score mode: her highest score
             * @example 100
             */
            highest?: number;
            /**
             * @description Score mode: her lowest score
             * @example 20
             */
            lowest?: number;
            /**
             * @description Score mode: the sum of her scores
             * @example 4400
             */
            sum?: number;
        };
        JuryProgressView: {
            campaignId: string;
            /** @description Jurors with a counted ballot (one each). */
            counted: number;
            /** @description The jury stage has ended and every accepted ballot is counted: the tally will not change. */
            final: boolean;
            /** @description Accepted but not yet written: received − processed. */
            pending: number;
            /** @description Accepted ballots the worker has written to PostgreSQL. */
            processed: number;
            /** @description Ballots accepted by the api (202), replacements and repeats included. */
            received: number;
            /** @enum {string} */
            stage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
        };
        /**
         * @description The jury's result, recorded once after the jury stage has ended and every accepted ballot is counted.
         *     `mode`, `validBallots` and `scores` (candidacy → jury part score) are what the ranking folds (see
         *     ranking/part-scores.ts; shortlisting/shortlisting-events.ts declares the same event); the rest lets anyone re-check the numbers.
         *     A candidate nobody could vote on has no entry in `scores`.
         */
        JuryResult: {
            candidateIds: string[];
            candidates: components["schemas"]["JuryTallyRow"][];
            mode: components["schemas"]["JuryMode"];
            /** @description Electronic: sha256 of the sorted counted receipts joined by "\n", so anyone holding the published list can check it. */
            receiptsDigest?: string;
            scores: {
                candidacyId: string;
                score: string;
            }[];
            /** @enum {string} */
            source: "electronic" | "paper";
            validBallots: number;
        };
        JuryScoreMarkDto: {
            /** Format: uuid */
            candidacyId: string;
            /** @example 85 */
            score: number;
        };
        /** @description One candidate's line of a jury tally; numbers that decide an outcome are exact decimal strings. */
        JuryTallyRow: {
            approvals?: number;
            /** @description Ballots that gave this candidate a mark (score mode) or valid ballots (approval mode). */
            ballots: number;
            candidacyId: string;
            highest?: number | null;
            /** @description The jury part score, 0–100, 2 decimals, half up; null when nobody voted. */
            juryScore: string | null;
            lowest?: number | null;
            sum?: string;
            /** @description Score mode: mean after dropping one highest and one lowest when there are at least 5 scores; unrounded. */
            trimmedMean?: string | null;
        };
        JuryTallyView: {
            campaignId: string;
            candidates: {
                approvals?: number;
                /** @description Ballots that gave this candidate a mark (score mode) or valid ballots (approval mode). */
                ballots: number;
                candidacyId: string;
                highest?: number | null;
                /** @description The jury part score, 0–100, 2 decimals, half up; null when nobody voted. */
                juryScore: string | null;
                lowest?: number | null;
                name: string;
                sum?: string;
                /** @description Score mode: mean after dropping one highest and one lowest when there are at least 5 scores; unrounded. */
                trimmedMean?: string | null;
            }[];
            final: boolean;
            mode: components["schemas"]["JuryMode"];
            progress: components["schemas"]["JuryProgressView"];
            /** @description The result as recorded in the campaign's history, once it is. */
            recorded: components["schemas"]["JuryResult"] | null;
            /** @enum {string} */
            source: "electronic" | "paper";
            /** @enum {string} */
            stage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
            validBallots: number;
        };
        LodgeObjectionDto: {
            /**
             * @description How the organiser can reach you (optional)
             * @example 139-0000-0000
             */
            contact?: string;
            /** @example 反映某候选人考察材料与实际情况不符 */
            text: string;
        };
        /**
         * @description Majority of whom a candidate needs more than half: delegates present (default) or registered.
         * @enum {string}
         */
        MajorityBase: "present" | "registered";
        MinutesLine: {
            abstain: number;
            approve: number;
            candidateId: string;
            oppose: number;
            outcome: components["schemas"]["CandidateOutcome"];
            /**
             * @description Whether the approvals pass the majority threshold; null in a run-off, which needs no majority (most votes
             *     wins), so that the minutes never state 过半数 for someone who had, say, 40 of 100.
             */
            passesMajority: boolean | null;
            /** @description True for a written-in person (not on the ballot); her approvals are write-ins, oppose/abstain are 0. */
            writeIn: boolean;
        };
        /**
         * @description A weighted part of the ranking that has no result yet. A frozen ranking never changes, so freezing one in which
         *     a part silently counts as 0 would rank people on what nobody decided.
         *     - project review: still open (its close is where missing score sheets are settled, with a reason if need be);
         *     - panel opinion: candidates no panel member has graded;
         *     - jury: no result recorded (POST /campaigns/{id}/jury/result).
         */
        MissingRankingPart: {
            /** @description The candidacies concerned, when the part is missing for some and not others (panel grades). */
            candidacyIds: string[];
            /**
             * @description Whether the organiser may freeze anyway with a written reason: only when the stage that produces the part is
             *     over and it can never come (panel grades are recorded in panel-opinion only), so the campaign is not stuck.
             */
            overridable: boolean;
            /** @enum {string} */
            part: "jury" | "projectReview" | "panelOpinion";
            /** @enum {string} */
            reason: "project-review-open" | "panel-grades-missing" | "jury-result-not-recorded";
        };
        MissingSheetsView: {
            campaignId: string;
            /** @description True when every non-recused assignment is submitted: project review may close without an override. */
            complete: boolean;
            experts: {
                assigned: number;
                expertId: string;
                missing: {
                    candidacyId: string;
                    name: string;
                    /** @enum {string} */
                    sheetStatus: "draft" | "submitted" | "unlocked" | "not-started";
                }[];
                name: string;
                recused: number;
                submitted: number;
            }[];
            missingCount: number;
            /** @enum {string} */
            stage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
        };
        MyAssignmentsView: {
            assignments: components["schemas"]["ExpertCandidacyView"][];
            blind: boolean;
            campaignId: string;
            expertId: string;
            name: string;
            /** @enum {string} */
            stage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
        };
        NamedCandidacy: {
            candidacyId: string;
            name: string;
        };
        NominationDto: {
            /** @enum {string} */
            channel: "self" | "organisation" | "joint";
            /**
             * @description The recommending organisation or unit (channel organisation)
             * @example 某街道妇联
             */
            nominatingBody?: string;
            /**
             * @description The joint nominators (channel joint); personal data, sealed
             * @example [
             *       "王芳",
             *       "李娜"
             *     ]
             */
            nominators?: string[];
        };
        /** @description A campaign's nomination rules; absent means every channel is open with the default joint minimum. */
        NominationRules: {
            channels?: ("self" | "organisation" | "joint")[];
            jointNominatorsMinimum?: number;
        };
        NominationRulesDto: {
            /**
             * @example [
             *       "self",
             *       "organisation",
             *       "joint"
             *     ]
             */
            channels?: ("self" | "organisation" | "joint")[];
            /**
             * @description Fewest distinct names a joint nomination needs
             * @example 5
             */
            jointNominatorsMinimum?: number;
        };
        /**
         * @description How a candidacy came about, as the organiser and the candidate herself see it. `nominators` are the joint
         *     nominators' names (empty for other channels, and once erased); the public sees only `channel`.
         */
        NominationView: {
            /** @enum {string} */
            channel: "self" | "organisation" | "joint" | "child-campaign";
            childCampaignId: string | null;
            /** @description The child campaign's title, so that an adopted candidacy shows where she came from. */
            childCampaignTitle: string | null;
            nominatingBody: string | null;
            nominators: string[];
        };
        NotificationPreferencesDto: {
            /** @description null: e-mail whenever I have an address */
            email?: Record<string, never> | null;
            /** @enum {string} */
            locale: "zh-CN" | "en";
            /** @description No notification at all, whatever else is set */
            optedOut: boolean;
            /** @description null: SMS only when I have no e-mail address */
            sms?: Record<string, never> | null;
        };
        NotificationPreferencesView: {
            /** @description null: the default (e-mail whenever she has an address; SMS only without one). */
            email: boolean | null;
            /** @enum {string} */
            locale: "zh-CN" | "en";
            optedOut: boolean;
            sms: boolean | null;
        };
        /**
         * @description Anyone may object, anonymously, so an objection is first `pending`: seen by the organiser only. She admits it
         *     for the record (public from then on, and certification waits for its answer) or dismisses it with a reason.
         * @enum {string}
         */
        ObjectionStatus: "pending" | "admitted" | "dismissed";
        OidcExchangeDto: {
            /** @description The one-time code the callback put in the sign-in page’s address (#ssoCode=…) */
            code: string;
        };
        OpenRoundDto: {
            /** @description Allow write-ins (另选他人); not in a run-off */
            allowWriteIns?: boolean;
            /** @description Hold the round with no more candidates than seats (等额), with the reason */
            competitiveException?: components["schemas"]["CompetitiveExceptionDto"];
            /** @enum {string} */
            method: "electronic" | "paper";
            /** @example vice-chair */
            positionKey: string;
            /** @description Who may be written in (qualified candidacies not on the ballot); default: the finalists not on it and not elected */
            writeInEligibleIds?: string[];
        };
        OrganiserCandidacyView: {
            candidacyId: string;
            candidate: {
                /**
                 * @description The campaign's extra quota attributes (`CampaignConfig.candidateAttributes`), checked against its definitions;
                 *     kept in clear like the other quota attributes. Left out when the campaign defines none.
                 */
                attributes?: {
                    [key: string]: string | boolean;
                };
                birthYear: number;
                candidateId: string;
                contact: string;
                education: string;
                employer: string;
                /** @enum {string} */
                employment: "full-time" | "seconded" | "part-time";
                /** @enum {string} */
                gender: "female" | "male" | "other";
                grassrootsFrontline: boolean;
                name: string;
                sector: string;
                statement: string;
            };
            label: string;
            number: number;
            /** @enum {string} */
            numberedAs: "project" | "candidacy";
            projectReviewScore: string | null;
            proposal: components["schemas"]["ProjectProposal"];
            status: string;
        };
        PanelGradeDto: {
            /** @enum {string} */
            grade: "excellent" | "good" | "fair" | "poor";
            /** @example 答辩思路清晰，项目可行 */
            opinion: string;
        };
        PanelOpinionView: {
            campaignId: string;
            candidacies: {
                candidacyId: string;
                /** @enum {string|null} */
                grade: "excellent" | "good" | "fair" | "poor" | null;
                grades: {
                    expertId: string;
                    /** @enum {string} */
                    grade: "excellent" | "good" | "fair" | "poor";
                    name: string;
                    opinion: string;
                }[];
                name: string;
                pendingExpertIds: string[];
                points: string | null;
            }[];
            /** @enum {string} */
            stage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
        };
        PanelView: {
            campaignId: string;
            experts: {
                /** @description Qualified candidacies she is assigned to now. */
                assignedCandidacyIds: string[];
                expertId: string;
                /** @description Disqualified from the panel because she is a candidate in this campaign. */
                isCandidate: boolean;
                name: string;
                recusals: {
                    candidacyId: string;
                    /** @enum {string} */
                    declaredBy: "organiser" | "expert";
                    reason: string;
                }[];
                /** @enum {string} */
                scope: "all" | "selected";
            }[];
            /** @enum {string} */
            stage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
        };
        /**
         * @description A paper count as the counting officers enter it. Consistency rule checked before it is accepted:
         *     1. every number is a whole number ≥ 0; invalid ≤ returned; valid = returned − invalid;
         *     2. exactly the round's candidates are listed;
         *     3. for each candidate approve + oppose + abstain = valid (unmarked counts as abstain);
         *     4. write-ins only when allowed, only for eligible persons, each at most valid;
         *     5. all approvals together (write-ins included) ≤ valid × seats, since no valid ballot approves more than seats.
         *     (returned > issued is not an inconsistency but a void vote, see the tally.)
         */
        PaperCount: {
            ballotsIssued: number;
            ballotsReturned: number;
            invalidBallots: number;
            /** @enum {string} */
            method: "paper";
            perCandidate: {
                [key: string]: components["schemas"]["CandidateMarks"];
            };
            /** @description Approvals per written-in person. */
            writeIns?: {
                [key: string]: number;
            };
        };
        PaperCountDto: {
            /** @example 100 */
            ballotsIssued: number;
            /** @example 100 */
            ballotsReturned: number;
            /** @example 2 */
            invalidBallots: number;
            /**
             * @description Per candidate on the ballot: approve + oppose + abstain must equal the valid ballots
             * @example {
             *       "00000000-0000-4000-8000-000000000001": {
             *         "approve": 70,
             *         "oppose": 20,
             *         "abstain": 8
             *       }
             *     }
             */
            perCandidate: {
                [key: string]: {
                    abstain?: number;
                    approve?: number;
                    oppose?: number;
                };
            };
            /**
             * @description Approvals per written-in person (when the round allows write-ins)
             * @example {
             *       "00000000-0000-4000-8000-000000000002": 3
             *     }
             */
            writeIns?: {
                [key: string]: number;
            };
        };
        PasswordResetConfirmDto: {
            /** @description At least 10 characters, not one of the commonest passwords */
            newPassword: string;
            token: string;
        };
        PasswordResetRequestDto: {
            /** @example li@example.org */
            login: string;
        };
        PipelineConfig: {
            /** @description Honours only: the tiers, in order. */
            awardTiers?: components["schemas"]["AwardTier"][];
            /**
             * @description Honours only; unranked when left out.
             * @enum {string}
             */
            publication?: "ranked" | "unranked";
            /** @description Stages of the template this campaign leaves out (see SKIPPABLE_STAGE_GROUPS). */
            skippedStages?: ("draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified")[];
            /** @enum {string} */
            template: "open-selection" | "honours";
        };
        PipelineConfigDto: {
            /** @description Honours only: the award tiers in order */
            awardTiers?: components["schemas"]["AwardTierDto"][];
            /**
             * @description Honours only; unranked (排名不分先后) when left out
             * @enum {string}
             */
            publication?: "ranked" | "unranked";
            /** @description Stages left out: project-review with panel-opinion, panel-opinion, jury */
            skippedStages?: ("project-review" | "panel-opinion" | "jury")[];
            /**
             * @example honours
             * @enum {string}
             */
            template: "open-selection" | "honours";
        };
        Position: {
            key: string;
            seats: number;
            title: string;
        };
        PositionDto: {
            /** @example vice-chair */
            key: string;
            /** @example 3 */
            seats: number;
            /** @example 兼职副主席 */
            title: string;
        };
        ProjectProposal: {
            actions: string;
            beneficiaries: string;
            /** @description Budget in yuan, whole fen as text ("12000.00"), never a float. */
            budget: string;
            expectedOutcomes: string;
            milestones: string;
            problem: string;
            title: string;
        };
        ProjectProposalDto: {
            actions: string;
            beneficiaries: string;
            /**
             * @description Yuan, at most 2 decimals
             * @example 12000.00
             */
            budget: string;
            expectedOutcomes: string;
            milestones: string;
            problem: string;
            /** @example 爱心助力困难家庭 */
            title: string;
        };
        ProjectReviewScoresView: {
            campaignId: string;
            candidacies: {
                candidacyId: string;
                complete: boolean;
                expectedSheets: number;
                name: string;
                /** @description Stored by the projection: 2 places, e.g. "81.33"; null while no sheet counts. */
                score: string | null;
                sheetCount: number;
            }[];
            /** @enum {string} */
            stage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
        };
        QualificationDecisionDto: {
            /** @enum {string} */
            decision: "accepted" | "rejected";
            /** @example 材料齐全，符合报名条件 */
            reason: string;
        };
        QuorumDto: {
            /** @example 3 */
            denominator: number;
            /**
             * @description More than numerator/denominator of registered delegates must be present
             * @example 2
             */
            numerator: number;
        };
        /** @description The meeting is valid only if present delegates are MORE than numerator/denominator of registered delegates. */
        QuorumRule: {
            denominator: number;
            numerator: number;
        };
        QuotaDto: {
            /** @enum {string} */
            appliesTo: "shortlist" | "elected";
            /**
             * @description One of grassrootsFrontline, employment, gender, or the key of one of the campaign's candidateAttributes
             * @example grassrootsFrontline
             */
            attribute: string;
            /**
             * @description With appliesTo 'elected': the key of the body (bodies) the quota is checked on
             * @example standing-committee
             */
            body?: string;
            /**
             * @description The value that counts towards the quota; true when left out
             * @example full-time
             */
            equals?: Record<string, never>;
            /** @example 50 */
            maxSharePercent?: number;
            /** @example 30 */
            minSharePercent?: number;
        };
        QuotaExceptionDto: {
            /**
             * @description Publish: only when the elected break a quota no further round can mend; certify: a broken quota recorded without a reason. Kept in the result.
             * @example 符合条件的候选人均已当选，常委会基层一线比例以届中增补解决
             */
            quotaExceptionReason?: string;
        };
        QuotaFurtherRoundView: {
            brokenMinimums: string[];
            plan: {
                actualCount: number;
                body: string | null;
                eligible: components["schemas"]["NamedCandidacy"][];
                limitCount: number;
                positionKey: string;
                positionTitle: string;
                quota: string;
                vacated: components["schemas"]["NamedCandidacy"][];
            } | null;
        };
        QuotaRule: {
            /** @enum {string} */
            appliesTo: "shortlist" | "elected";
            /** @description A candidate attribute, e.g. grassrootsFrontline (boolean) or employment (= value). */
            attribute: string;
            /**
             * @description With appliesTo 'elected': the governing body (`CampaignConfig.bodies`) whose composition the quota is checked
             *     on — the people elected to its positions plus its sitting members. Left out: the whole elected set, as before.
             */
            body?: string;
            /** @description The value that counts towards the quota, e.g. 'full-time'; true when left out (boolean attributes). */
            equals?: string | boolean;
            maxSharePercent?: number;
            minSharePercent?: number;
        };
        QuotaSwap: {
            added: components["schemas"]["RankedRef"];
            /**
             * @description 'min': too few quota candidates; 'max': too many.
             * @enum {string}
             */
            bound: "min" | "max";
            quota: string;
            reason: string;
            removed: components["schemas"]["RankedRef"];
        };
        QuotaViolation: {
            actualCount: number;
            /** @description actualCount ÷ total × 100 (0 for an empty group); for display — the decision uses head counts. */
            actualSharePercent: string;
            attribute: string;
            /**
             * @description 'min': too few people counting for the quota; 'max': too many.
             * @enum {string}
             */
            bound: "min" | "max";
            equals: string | number | boolean;
            /** @description The head count the bound allows: the minimum required ('min') or the maximum allowed ('max'). */
            limitCount: number;
            limitPercent: string;
            /** @description Who counts for the quota in the checked group. */
            matchingIds: string[];
            message: string;
            quota: string;
            total: number;
        };
        QuotaViolationView: {
            actualCount: number;
            actualSharePercent: string;
            attribute: string;
            /** @enum {string} */
            bound: "min" | "max";
            equals: string | number | boolean;
            limitCount: number;
            limitPercent: string;
            matchingIds: string[];
            message: string;
            quota: string;
            total: number;
        };
        /** @description The part of a ranked candidate the shortlist needs (a `RankedCandidate` fits). */
        RankedRef: {
            candidacyId: string;
            rank: number;
        };
        /** @description One line of the frozen ranking: every part, the composite and the rank, as exact decimal text. */
        RankingLine: {
            candidacyId: string;
            composite: string;
            decidedBy: string | null;
            jury: string;
            /** @description Parts with no data (no sheet submitted, no panel grade, no jury result): counted as 0 and reported. */
            missingParts: string[];
            panelGrade: string | null;
            panelPoints: string;
            projectReview: string;
            rank: number;
        };
        /** @description The attributes quotas may refer to, from the candidate's details. */
        RankingPreview: {
            lines: components["schemas"]["RankingLine"][];
            shortlist: components["schemas"]["Shortlist"];
            weights: {
                jury: string;
                panelOpinion: string;
                projectReview: string;
            };
        };
        RankingRowView: {
            candidacyId: string;
            composite: string;
            decidedBy: string | null;
            employment: string;
            grassrootsFrontline: boolean;
            jury: string;
            missingParts: string[];
            name: string;
            panelGrade: string | null;
            panelPoints: string;
            projectReview: string;
            rank: number;
        };
        RankingView: {
            campaignId: string;
            /** @description What keeps the ranking from being frozen (a weighted part with no result); empty when it may be frozen, or is. */
            freezeBlockers: components["schemas"]["MissingRankingPart"][];
            frozen: boolean;
            lines: components["schemas"]["RankingRowView"][];
            weights: {
                jury: string;
                panelOpinion: string;
                projectReview: string;
            };
        };
        RaterStatisticsView: {
            campaignId: string;
            candidates: {
                candidacyId: string;
                max: string;
                min: string;
                name: string;
                projectReviewScore: string;
                sheetCount: number;
                standardDeviation: string;
                trimmedMean: string;
            }[];
            experts: {
                candidateCount: number;
                expertId: string;
                meanOffset: string;
                name: string;
            }[];
            /** @description Over the candidacies every expert scored; null when undefined. */
            kendallsW: string | null;
            kendallsWCandidacyIds: string[];
            outlierDistance: string;
            outliers: {
                candidacyId: string;
                distance: string;
                expertId: string;
                total: string;
                trimmedMean: string;
            }[];
            sheetCount: number;
        };
        ReceiptCheckView: {
            campaignId: string;
            receipt: string;
            status: components["schemas"]["ReceiptStatus"];
        };
        ReceiptListView: {
            campaignId: string;
            counted: number;
            /** @description Pass as ?after= to read the next page; null on the last page. */
            next: string | null;
            receipts: string[];
        };
        /** @enum {string} */
        ReceiptStatus: "not-found" | "counted" | "superseded";
        RecordConflictDto: {
            /** Format: uuid */
            candidacyId: string;
            /** @example 该专家与候选人系亲属关系 */
            reason: string;
        };
        RecordInspectionDto: {
            /** Format: uuid */
            candidacyId: string;
            /** @example 群众评价好，廉洁自律，符合任职条件 */
            findings: string;
            /** @enum {string} */
            result: "pass" | "fail";
        };
        RecordJuryResultDto: Record<string, never>;
        RefreshDto: {
            refreshToken: string;
        };
        /** @description A command about the campaign that was refused (rejected by a rule, or failed) and so changed nothing. */
        RefusedAttemptView: {
            actor: components["schemas"]["AuditActorView"];
            attemptedAt: string;
            commandId: string;
            commandType: string;
            reason: {
                code: string;
                field: string | null;
                kind: string | null;
                message: string;
                params?: {
                    [key: string]: string | number;
                };
            };
            refusedAt: string | null;
            /** @enum {string} */
            status: "rejected" | "failed";
        };
        RegisterDelegatesDto: {
            /**
             * @description Register this many delegates with ids D0001, D0002, …; or give `delegates` instead
             * @example 120
             */
            count?: number;
            /** @description Delegates by id and name; or give `count` instead */
            delegates?: components["schemas"]["DelegateDto"][];
        };
        RegisterDto: {
            /** @example zhou@example.org */
            email: string;
            /** @example 周晓雯 */
            name: string;
            /** @description At least 10 characters, not one of the commonest passwords */
            password: string;
            /** @example +86 138 0013 8000 */
            phone?: string;
        };
        RegisterJurorDto: {
            /** @example 王秀兰 */
            name: string;
            /**
             * @description Your own reference for her (unique in the campaign)
             * @example 东湖社区-017
             */
            reference?: string;
            /**
             * @description Her account id, when she has one (a candidate can never be a juror in her own campaign)
             * @example resident-017
             */
            userId?: string;
        };
        ResolveObjectionDto: {
            /** @example 经核实，反映情况不属实，维持原结果 */
            resolution: string;
            /** @description true when the objection is found to be right (blocks certification until corrected) */
            upheld: boolean;
        };
        /** @description One candidate's line of the result, as the organiser sees it (public-disclosure.ts trims it for the public). */
        ResultLine: {
            candidacyId: string;
            composite: string | null;
            employer: string | null;
            grassrootsFrontline: boolean;
            jury: string | null;
            /** @description Null in the public view where she did not consent to its publication (see public-disclosure). */
            name: string | null;
            /**
             * @description How she came forward, by kind only (自荐 / 组织推荐 / 联名推荐 / 下级评选产生): never who nominated her.
             * @enum {string}
             */
            nomination: "self" | "organisation" | "joint" | "child-campaign";
            panelGrade: string | null;
            panelPoints: string | null;
            /** @description The position she was elected to. */
            positionKey: string | null;
            projectReview: string | null;
            projectTitle: string | null;
            rank: number | null;
            status: components["schemas"]["CandidateStatus"];
        };
        ResultsView: {
            /** @description An honours campaign's award tiers (null in an open selection). */
            awards: components["schemas"]["AwardsView"] | null;
            basedOnEventHash: string | null;
            campaignId: string;
            certifiedAt: string | null;
            corrections: {
                objectionIds: string[];
                recordedAt: string;
                text: string;
            }[];
            /**
             * @description Exceptions the organiser recorded with a written reason: inspection closed with no more finalists than seats
             *     (an uncontested election, 等额选举, when finalists = seats), and a broken quota published or certified anyway.
             */
            exceptions: {
                inspection: {
                    finalists: number;
                    reason: string;
                    seats: number;
                } | null;
                quota: {
                    reason: string;
                } | null;
            };
            lines: components["schemas"]["ResultLine"][];
            /**
             * @description The published view lists admitted objections only. The organiser's view lists every objection with its
             *     status, the objector's contact and why it was dismissed; none of these is ever published.
             */
            objections: {
                contact?: string | null;
                correction: string | null;
                dismissalReason?: string | null;
                lodgedAt: string;
                objectionId: string;
                resolution: string | null;
                status: components["schemas"]["ObjectionStatus"];
                text: string;
                upheld: boolean | null;
            }[];
            organisingBody: string;
            /** @enum {string} */
            pipeline: "open-selection" | "honours";
            positions: {
                elected: {
                    candidacyId: string;
                    name: string;
                }[];
                key: string;
                rounds: components["schemas"]["RoundMinutes"][];
                seats: number;
                title: string;
            }[];
            publicityEndsAt: string | null;
            publishedAt: string | null;
            quotaViolations: components["schemas"]["QuotaViolation"][];
            stage: string;
            title: string;
            weights: {
                jury: string;
                panelOpinion: string;
                projectReview: string;
            };
        };
        RevokeCampaignRoleDto: {
            /** @example inspector-zhao */
            personId: string;
            /** @enum {string} */
            role: "inspector" | "counting-officer";
        };
        RevokeJurorDto: {
            /** @example 凭证发给了错误的人 */
            reason: string;
        };
        RoundMinutes: {
            kind: string;
            minutes: unknown;
            positionKey: string;
            roundId: string;
            status: string;
        };
        /**
         * @description One line of the project-review rubric. `max` and `step` accept text so that a configuration stored as JSON
         *     never passes through a binary float (e.g. "0.1" stays exactly one tenth).
         */
        RubricCriterion: {
            key: string;
            max: string | number;
            step: string | number;
            title: string;
        };
        RubricCriterionDto: {
            /** @example needs-fit */
            key: string;
            /** @example 30 */
            max: string;
            /** @example 0.5 */
            step: string;
            /** @example 契合妇女群众需求 */
            title: string;
        };
        RunOffCall: {
            candidateIds: string[];
            seats: number;
        };
        ScoreSheetDraftDto: {
            /** @example 需求分析扎实，预算偏紧 */
            comment?: string;
            /**
             * @example {
             *       "needs-fit": "27.5",
             *       "feasibility": "22",
             *       "innovation": "17.5",
             *       "sustainability": "12",
             *       "presentation": "8.5"
             *     }
             */
            scores: {
                [key: string]: string | number;
            };
        };
        SessionTokens: {
            accessToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            refreshToken: string;
        };
        /**
         * @description draft: saved, never submitted; submitted: locked; unlocked: re-opened by the organiser, not yet re-submitted.
         * @enum {string}
         */
        SheetStatus: "draft" | "submitted" | "unlocked";
        SheetView: {
            comment: string;
            expertId: string;
            lastUnlockReason: string | null;
            scores: {
                [key: string]: string;
            };
            status: components["schemas"]["SheetStatus"];
            /** @description Exact total while submitted, else null. */
            total: string | null;
            unlockCount: number;
        };
        Shortlist: {
            /** @description Members in ranking order. Fewer than `size` only when there are not enough ranked candidates. */
            members: components["schemas"]["ShortlistMember"][];
            /** @description How many places could not be filled because there were too few ranked candidates. */
            missingCandidates: number;
            /** @description The size asked for (see `shortlistSize`). */
            size: number;
            /** @description Swaps in the order they were made, each with its reason, for the report. */
            swaps: components["schemas"]["QuotaSwap"][];
            /**
             * @description Candidates who share the rank at the cut-off line, inside and outside (equal on every tie-break, even
             *     submission time). Ranking order alone cannot choose between them, so the organiser must decide; empty normally.
             */
            tiedAtCutoff: string[];
            /** @description Quotas that could not be met by any swap (no suitable candidate left); empty when all are met. */
            unmetQuotas: components["schemas"]["QuotaViolation"][];
        };
        ShortlistMember: {
            candidacyId: string;
            rank: number;
            /**
             * @description 'rank': inside the top `size`; 'quota-swap': brought in to honour a quota.
             * @enum {string}
             */
            via: "rank" | "quota-swap";
        };
        ShortlistView: {
            campaignId: string;
            closed: boolean;
            members: {
                candidacyId: string;
                findings: string | null;
                grassrootsFrontline: boolean;
                inspectionResult: string | null;
                name: string;
                rank: number;
                status: string;
                via: string;
            }[];
            size: number;
            swaps: components["schemas"]["QuotaSwap"][];
            unmetQuotas: components["schemas"]["QuotaViolation"][];
        };
        SignInDto: {
            /**
             * @description E-mail address or phone number
             * @example li@example.org
             */
            login: string;
            password: string;
            /**
             * @description Authenticator code, when the account has a second factor
             * @example 123456
             */
            totp?: string;
        };
        /** @description Sitting members of a governing body who are not up for election, as attribute records (never names). */
        SittingMembers: {
            attributes: {
                [key: string]: string | boolean;
            };
            count: number;
        };
        SittingMembersDto: {
            /**
             * @description Their quota attributes (never names)
             * @example {
             *       "grassrootsFrontline": true,
             *       "employment": "part-time"
             *     }
             */
            attributes: Record<string, never>;
            /**
             * @description How many sitting members have these attributes
             * @example 3
             */
            count: number;
        };
        /**
         * @description What a campaign's stage allows, named for what a person does or reads. The web UI shows and hides by these
         *     (from the api: GET /stages and each campaign's `allows`), never by comparing stages, so a new stage changes
         *     this file and not the screens.
         * @enum {string}
         */
        StageActivity: "edit-configuration" | "submit-candidacy" | "adopt-child-finalists" | "decide-qualification" | "edit-expert-panel" | "score-projects" | "read-project-review-scores" | "grade-panel-opinion" | "read-panel-opinion" | "register-jurors" | "cast-jury-ballots" | "read-jury-tally" | "record-jury-result" | "read-ranking" | "freeze-ranking" | "read-shortlist" | "record-inspection" | "read-election" | "hold-election" | "read-awards" | "read-results" | "publish-results" | "answer-objections" | "correct-results";
        StageDefinition: {
            allows: components["schemas"]["StageActivity"][];
            enteredBy: components["schemas"]["StageEntry"];
            /** @enum {string} */
            stage: "draft" | "candidacy-open" | "qualification-review" | "project-review" | "panel-opinion" | "jury" | "ranking" | "inspection" | "election" | "award" | "publicity" | "certified";
        };
        /** @description How an organiser moves a campaign into a stage: the command, the route that takes it, and its reason field. */
        StageEntry: {
            /**
             * @description For a stage entered by its own command, the refusal of a bare transition into it: its code and what the
             *     command checks and records that a bare transition would skip.
             */
            bareTransitionRefusal?: {
                checks: string;
                code: string;
            };
            command: string;
            /**
             * @description True for the plain stage transition, whose body also names the stage: `{ to }`.
             * @enum {boolean}
             */
            namesStage?: true;
            /** @description The api route, `{campaignId}` to be filled in (none for draft: a campaign is created in it). */
            path: string;
            /**
             * @description The body field for a written reason, when the command takes one.
             * @enum {string}
             */
            reasonField?: "reason" | "overrideReason";
        };
        SubmitCandidacyDto: {
            consent: components["schemas"]["CandidacyConsentDto"];
            details: components["schemas"]["CandidateDetailsDto"];
            /** @description Left out: a self-application */
            nomination?: components["schemas"]["NominationDto"];
            proposal: components["schemas"]["ProjectProposalDto"];
        };
        SubmitScoreSheetDto: {
            comment?: string;
            /**
             * @description Every criterion; leave out to submit the saved draft
             * @example {
             *       "needs-fit": "27.5",
             *       "feasibility": "22",
             *       "innovation": "17.5",
             *       "sustainability": "12",
             *       "presentation": "8.5"
             *     }
             */
            scores?: {
                [key: string]: string | number;
            };
        };
        /** @description Text in both languages the web UI speaks; a template is read by organisers, not only by the api. */
        TemplateText: {
            en: string;
            "zh-CN": string;
        };
        TimelineDto: {
            candidacyClosesAt?: string;
            candidacyOpensAt?: string;
            congressAt?: string;
            juryClosesAt?: string;
            projectReviewClosesAt?: string;
        };
        TokenDto: {
            token: string;
        };
        TotpCodeDto: {
            /** @example 123456 */
            code: string;
        };
        UnlockSheetDto: {
            /** @example 专家申请更正录入错误 */
            reason: string;
        };
        /** @description Percentages with at most 2 decimals, kept as text so that no float ever touches them. */
        WeightsConfig: {
            jury: string;
            panelOpinion: string;
            projectReview: string;
        };
        WeightsDto: {
            /** @example 30 */
            jury: string;
            /** @example 30 */
            panelOpinion: string;
            /**
             * @description Percent, up to 2 decimals
             * @example 40
             */
            projectReview: string;
        };
        WhatIfComparison: {
            alternative: components["schemas"]["RankingPreview"];
            current: components["schemas"]["RankingPreview"];
            movedIn: string[];
            movedOut: string[];
            rankChanges: {
                candidacyId: string;
                from: number;
                to: number;
            }[];
        };
        WithdrawCandidacyDto: {
            reason?: string;
        };
        WithdrawOnBehalfDto: {
            /**
             * @description Why she withdraws (her words or letter); kept in the history
             * @example 本人来信因工作调动退出
             */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    RegistrationController_confirmEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailConfirmed: boolean;
                    };
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DevLoginController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevLoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresInSeconds: number;
                        roles: ("organiser" | "expert" | "juror" | "delegate" | "candidate" | "inspector" | "counting-officer")[];
                        token: string;
                        userId: string;
                    };
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignInController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: boolean;
                        createdAt: string;
                        email: string | null;
                        emailConfirmed: boolean;
                        id: string;
                        name: string;
                        phone: string | null;
                        roles: ("organiser" | "expert" | "juror" | "delegate" | "candidate" | "inspector" | "counting-officer")[];
                        totpEnabled: boolean;
                    } | {
                        account: boolean;
                        id: string;
                        name: string | null;
                        roles: ("organiser" | "expert" | "juror" | "delegate" | "candidate" | "inspector" | "counting-officer")[];
                    };
                };
            };
        };
    };
    OidcController_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OidcController_exchange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcExchangeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokens"];
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OidcController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignInController_options: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        devLogin: boolean;
                        passwordSignIn: boolean;
                        sso: {
                            label: string;
                        } | null;
                    };
                };
            };
        };
    };
    PasswordResetController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        status: string;
                    };
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PasswordResetController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passwordChanged: boolean;
                    };
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignInController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokens"];
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistrationController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        status: string;
                    };
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignInController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokens"];
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignInController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TotpController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totpEnabled: boolean;
                    };
                };
            };
        };
    };
    TotpController_setUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otpauthUri: string;
                        secret: string;
                    };
                };
            };
        };
    };
    CampaignTemplatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignTemplate"][];
                };
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"][];
                };
            };
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
        };
    };
    CampaignEventsController_audit: {
        parameters: {
            query?: {
                /** @description Only what this person did (her user id) */
                actorId?: string;
                /** @description Paging: only events after this sequence number (the `seq` of the last entry of the previous page) */
                after?: string;
                /** @description At most this many entries; fewer means there are no more */
                limit?: number;
                /** @description Only events of this type */
                type?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryView"][];
                };
            };
        };
    };
    CampaignEventsController_people: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPersonView"][];
                };
            };
        };
    };
    CampaignEventsController_refused: {
        parameters: {
            query?: {
                /** @description Only what this person tried (her user id) */
                actorId?: string;
                /** @description At most this many; fewer means there are no more */
                limit?: number;
                /** @description Paging: skip this many (oldest first) */
                offset?: number;
                /** @description Only commands of this type */
                type?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusedAttemptView"][];
                };
            };
        };
    };
    CandidaciesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidacyView"][];
                };
            };
        };
    };
    CandidaciesController_submit: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitCandidacyDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CampaignsController_closeCandidacy: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CampaignsController_openCandidacy: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ChildCampaignsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildCampaignView"][];
                };
            };
        };
    };
    ChildCampaignsController_adopt: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdoptChildFinalistsDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CampaignsController_clone: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloneCampaignDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CampaignsController_reconfigure: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignConfigDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CampaignsController_discard: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscardDraftDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ElectionController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectionOverviewView"];
                };
            };
        };
    };
    DelegateBallotController_ballot: {
        parameters: {
            query?: never;
            header: {
                "x-delegate-code": string;
                /** @description The one-time code on the delegate’s slip, e.g. K7QWM-3PXTA */
                "X-Delegate-Code": string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegateBallotView"];
                };
            };
            /** @description Too many wrong codes from this address; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DelegateBallotController_cast: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
                "x-delegate-code": string;
                /** @description The one-time code on the delegate’s slip */
                "X-Delegate-Code": string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CastBallotDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Too many wrong codes from this address; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ElectionController_checkInMany: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDelegatesDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ElectionController_roster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegateRosterView"];
                };
            };
        };
    };
    ElectionController_register: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDelegatesDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ElectionController_checkIn: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                delegateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ElectionController_cancelCheckIn: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                delegateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelCheckInDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ElectionController_elected: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectedView"];
                };
            };
        };
    };
    ElectionController_positionRounds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                positionKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectionRoundView"][];
                };
            };
        };
    };
    ElectionController_quotaCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectedQuotaCheckView"];
                };
            };
        };
    };
    ElectionController_openQuotaFurtherRound: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    DelegateReceiptController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                receipt: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counted: boolean;
                        receipt: string;
                        roundId: string | null;
                    };
                };
            };
        };
    };
    ElectionController_rounds: {
        parameters: {
            query?: {
                positionKey?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectionRoundView"][];
                };
            };
        };
    };
    ElectionController_open: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenRoundDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ElectionController_round: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectionRoundView"];
                };
            };
        };
    };
    ElectionController_close: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ElectionController_credentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        credentials: {
                            code: string;
                            link: string;
                            slip: number;
                        }[];
                        error?: components["schemas"]["CommandRejection"];
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    };
                };
            };
        };
    };
    ElectionController_paperCount: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaperCountDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ElectionController_rules: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElectionRulesDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    EvaluationController_myAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAssignmentsView"];
                };
            };
        };
    };
    EvaluationController_candidacy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertCandidacyView"] | components["schemas"]["OrganiserCandidacyView"];
                };
            };
        };
    };
    EvaluationController_declareConflict: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    EvaluationController_grade: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PanelGradeDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    PrintablesController_scoreSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PrintablesController_scoreSheetPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EvaluationController_saveDraft: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreSheetDraftDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    EvaluationController_submit: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitScoreSheetDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    EvaluationController_sheets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidacySheetsView"];
                };
            };
        };
    };
    EvaluationController_unlock: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                candidacyId: string;
                expertId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnlockSheetDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    EvaluationController_addExpert: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddExpertDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    EvaluationController_changeAssignments: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                expertId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeAssignmentsDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    EvaluationController_recordConflict: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                expertId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConflictDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    EvaluationController_missing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingSheetsView"];
                };
            };
        };
    };
    EvaluationController_panel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelView"];
                };
            };
        };
    };
    EvaluationController_panelOpinion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelOpinionView"];
                };
            };
        };
    };
    EvaluationController_scores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectReviewScoresView"];
                };
            };
        };
    };
    EvaluationController_close: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseProjectReviewDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    EvaluationController_statistics: {
        parameters: {
            query?: {
                /** @description Flag sheets further than this from their candidate’s trimmed mean (sheet points) */
                outlierDistance?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RaterStatisticsView"];
                };
            };
        };
    };
    CampaignEventsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actorId: string;
                        campaignId: string;
                        commandId: string | null;
                        hash: string;
                        id: string;
                        /** Format: date-time */
                        occurredAt: string;
                        payload: unknown;
                        prevHash: string;
                        seq: string;
                        type: string;
                        version: number;
                    }[];
                };
            };
        };
    };
    CampaignGrantsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignGrantView"][];
                };
            };
        };
    };
    CampaignGrantsController_grant: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantCampaignRoleDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CampaignGrantsController_revoke: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCampaignRoleDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ShortlistingController_close: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseInspectionDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ShortlistingController_inspect: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInspectionDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CampaignInvitationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        expiresAt: string;
                        id: string;
                        invitedBy: {
                            id: string;
                            name: string | null;
                        };
                        name: string;
                        role: components["schemas"]["InvitedRole"];
                    }[];
                };
            };
        };
    };
    CampaignInvitationsController_invite: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteToCampaignDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        expiresAt: string;
                        id: string;
                        invitedBy: {
                            id: string;
                            name: string | null;
                        };
                        name: string;
                        role: components["schemas"]["InvitedRole"];
                    };
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        expiresAt: string;
                        id: string;
                        invitedBy: {
                            id: string;
                            name: string | null;
                        };
                        name: string;
                        role: components["schemas"]["InvitedRole"];
                    };
                };
            };
        };
    };
    CampaignInvitationsController_withdraw: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitationId: string;
                        withdrawn: boolean;
                    };
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitationId: string;
                        withdrawn: boolean;
                    };
                };
            };
        };
    };
    JuryBallotsController_ballotPaper: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotPaperView"];
                };
            };
        };
    };
    JuryRosterController_list: {
        parameters: {
            query: {
                limit: number;
                offset: number;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurorListView"];
                };
            };
        };
    };
    JuryRosterController_register: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterJurorDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        credential: components["schemas"]["IssuedCredential"] | null;
                        error?: components["schemas"]["CommandRejection"];
                        note?: string;
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    };
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        credential: components["schemas"]["IssuedCredential"] | null;
                        error?: components["schemas"]["CommandRejection"];
                        note?: string;
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    };
                };
            };
        };
    };
    JuryRosterController_reissue: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                jurorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        credential: {
                            code: string;
                            jurorId: string;
                            link: string;
                        };
                        error?: components["schemas"]["CommandRejection"];
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    } | {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        credential: unknown;
                        error?: components["schemas"]["CommandRejection"];
                        note: string;
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    };
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        credential: {
                            code: string;
                            jurorId: string;
                            link: string;
                        };
                        error?: components["schemas"]["CommandRejection"];
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    } | {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        credential: unknown;
                        error?: components["schemas"]["CommandRejection"];
                        note: string;
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    };
                };
            };
        };
    };
    JuryRosterController_revoke: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                jurorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeJurorDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    JuryRosterController_import: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        /** @description A CSV file with a header line (name/姓名 required; reference/编号 and user_id/账号 optional), as text/csv or as JSON { csv } */
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        credentials: components["schemas"]["IssuedCredential"][];
                        error?: components["schemas"]["CommandRejection"];
                        note?: string;
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    };
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        credentials: components["schemas"]["IssuedCredential"][];
                        error?: components["schemas"]["CommandRejection"];
                        note?: string;
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    };
                };
            };
        };
    };
    JuryRosterController_paperCount: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JuryPaperCountDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    JuryRosterController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JuryBallotsController_receipts: {
        parameters: {
            query: {
                after: string;
                limit: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptListView"];
                };
            };
        };
    };
    JuryBallotsController_checkReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                receipt: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptCheckView"];
                };
            };
        };
    };
    JuryRosterController_result: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordJuryResultDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    JuryRosterController_tally: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JuryTallyView"];
                };
            };
        };
    };
    NotificationsController_deliveries: {
        parameters: {
            query?: {
                /** @description e.g. dead: the dead letters */
                status?: "pending" | "sending" | "sent" | "failed" | "dead" | "skipped";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        channel: string;
                        createdAt: string;
                        id: string;
                        kind: string;
                        lastError: string | null;
                        recipientId: string;
                        recipientName: string | null;
                        sentAt: string | null;
                        source: string;
                        /** @enum {string} */
                        status: "failed" | "pending" | "sending" | "sent" | "dead" | "skipped";
                    }[];
                };
            };
        };
    };
    ResultsController_admit: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ResultsController_resolve: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveObjectionDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ResultsController_dismiss: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissObjectionsDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    PersonalDataErasureController_erase: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ShortlistingController_ranking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingView"];
                };
            };
        };
    };
    ShortlistingController_freeze: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreezeRankingDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ShortlistingController_whatIf: {
        parameters: {
            query: {
                jury: string;
                panelOpinion: string;
                /** @description Percent, up to 2 decimals */
                projectReview: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfComparison"];
                };
            };
        };
    };
    ResultsController_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultsView"];
                };
            };
        };
    };
    ResultsController_certify: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotaExceptionDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ResultsController_correct: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ResultsController_publish: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotaExceptionDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    ShortlistingController_shortlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortlistView"];
                };
            };
        };
    };
    CampaignsController_advance: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvanceStageDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CampaignsController_extendDeadline: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendDeadlineDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CandidaciesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidacyView"];
                };
            };
        };
    };
    CandidaciesController_edit: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CandidacyDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    AttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        candidacyId: string;
                        fileName: string;
                        id: string;
                        /** @enum {string} */
                        mediaType: "application/pdf" | "image/jpeg" | "image/png";
                        sha256: string | null;
                        sizeBytes: number;
                        uploadedAt: string;
                    }[];
                };
            };
        };
    };
    AttachmentsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidacyId: string;
            };
            cookie?: never;
        };
        /** @description The file itself as the body; its name URI-encoded in the X-File-Name header. Send Idempotency-Key to make a retry safe. */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AttachmentsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CandidaciesController_decide: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualificationDecisionDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    PrintablesController_registrationForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PrintablesController_registrationFormPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CandidaciesController_withdraw: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawCandidacyDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CandidaciesController_withdrawOnBehalf: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                candidacyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawOnBehalfDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
        };
    };
    CommandsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        commandId: string;
                        completedAt?: string;
                        createdAt: string;
                        error?: components["schemas"]["CommandRejection"];
                        result?: unknown;
                        status: components["schemas"]["CommandStatus"];
                        type: string;
                    };
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    InvitationAcceptanceController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        campaignId: string | null;
                        /** @description Seconds until the access token expires. */
                        expiresIn: number;
                        organisationId: string | null;
                        personId: string;
                        refreshToken: string;
                        role: components["schemas"]["InvitedRole"];
                    };
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InvitationAcceptanceController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationTokenDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string | null;
                        email: string;
                        expiresAt: string;
                        hasAccount: boolean;
                        invitedBy: string | null;
                        name: string;
                        organisationId: string | null;
                        placeName: string | null;
                        role: components["schemas"]["InvitedRole"];
                    };
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JuryBallotsController_cast: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Send it again with the same key and it is the same ballot, with the same receipt. */
                "Idempotency-Key"?: string;
                "x-ballot-token": string;
                /** @description From POST /jury/session */
                "X-Ballot-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JuryBallotDto"];
            };
        };
        responses: {
            /** @description Accepted and durably queued: { ballotId, receipt, seq }. Her latest accepted ballot is the one counted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CastBallotAnswer"];
                };
            };
        };
    };
    JuryBallotsController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JurorCodeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ballotPaper: components["schemas"]["BallotPaperView"] | null;
                        /** @description Send as X-Ballot-Token with each ballot; valid until the jury closes. */
                        ballotToken: string;
                        campaignId: string;
                        jurorId: string;
                        name: string;
                    };
                };
            };
            /** @description Too many wrong codes from this address; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MyDataController_data: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            account: boolean;
                            createdAt: string;
                            email: string | null;
                            emailConfirmed: boolean;
                            id: string;
                            name: string;
                            phone: string | null;
                            roles: ("organiser" | "expert" | "juror" | "delegate" | "candidate" | "inspector" | "counting-officer")[];
                            totpEnabled: boolean;
                        } | {
                            account: boolean;
                            id: string;
                            name: string | null;
                            roles: ("organiser" | "expert" | "juror" | "delegate" | "candidate" | "inspector" | "counting-officer")[];
                        };
                        attachments: {
                            candidacyId: string;
                            downloadPath: string;
                            fileName: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            sha256: string;
                            sizeBytes: number;
                            uploadedAt: string;
                        }[];
                        candidacies: {
                            campaignId: string;
                            consent: {
                                [key: string]: unknown;
                            };
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                occurredAt: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                type: string;
                            }[];
                            id: string;
                            name: string;
                            proposal: {
                                [key: string]: unknown;
                            };
                            qualificationReason: string | null;
                            status: string;
                            submittedAt: string;
                            updatedAt: string;
                        }[];
                        erasureRequest: components["schemas"]["ErasureRequest"] | null;
                        exportedAt: string;
                        grants: {
                            campaignId: string;
                            grantedAt: string;
                            name: string;
                            role: string;
                        }[];
                        invitations: {
                            acceptedAt: string | null;
                            campaignId: string | null;
                            createdAt: string | null;
                            email: string;
                            expiresAt: string | null;
                            name: string;
                            organisationId: string | null;
                            role: string;
                            withdrawnAt: string | null;
                        }[];
                        organisations: {
                            addedAt: string;
                            name: string;
                            organisationId: string;
                            role: string;
                        }[];
                        sessions: {
                            createdAt: string | null;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
        };
    };
    MyDataController_requestErasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureRequest"];
                };
            };
        };
    };
    NotificationsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
        };
    };
    NotificationsController_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actsOnCampaigns: boolean;
                        createdAt: string;
                        id: string;
                        /** @enum {string} */
                        level: "province" | "city" | "district" | "street" | "community";
                        mayGrantDescendants: boolean;
                        mayManageOrganisers: boolean;
                        name: string;
                        organisers: {
                            includesDescendants: boolean;
                            name: string;
                            personId: string;
                        }[];
                        parentId: string | null;
                    }[];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organisationId: string;
                    };
                };
            };
        };
    };
    OrganisationInvitationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        expiresAt: string;
                        id: string;
                        invitedBy: {
                            id: string;
                            name: string | null;
                        };
                        name: string;
                        role: components["schemas"]["InvitedRole"];
                    }[];
                };
            };
        };
    };
    OrganisationInvitationsController_invite: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteOrganiserDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        expiresAt: string;
                        id: string;
                        invitedBy: {
                            id: string;
                            name: string | null;
                        };
                        name: string;
                        role: components["schemas"]["InvitedRole"];
                    };
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        expiresAt: string;
                        id: string;
                        invitedBy: {
                            id: string;
                            name: string | null;
                        };
                        name: string;
                        role: components["schemas"]["InvitedRole"];
                    };
                };
            };
        };
    };
    OrganisationInvitationsController_withdraw: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                invitationId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitationId: string;
                        withdrawn: boolean;
                    };
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitationId: string;
                        withdrawn: boolean;
                    };
                };
            };
        };
    };
    OrganisationsController_addOrganiser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddOrganiserDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organisationId: string;
                        personId: string;
                    };
                };
            };
        };
    };
    OrganisationsController_removeOrganiser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organisationId: string;
                        personId: string;
                        removed: boolean;
                    };
                };
            };
        };
    };
    OrganisationsController_includesDescendants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncludesDescendantsDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        includesDescendants: boolean;
                        organisationId: string;
                        personId: string;
                    };
                };
            };
        };
    };
    PublicResultsController_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicResultsController_noticePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicResultsController_object: {
        parameters: {
            query?: {
                /** @description Wait (bounded) for the outcome instead of answering 202 at once. */
                wait?: boolean;
                /** @description How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS). */
                waitMs?: number;
            };
            header?: {
                /** @description Repeat a request with the same key and it is applied once; the first outcome is returned. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LodgeObjectionDto"];
            };
        };
        responses: {
            /** @description Applied (with ?wait=true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Accepted; poll GET /commands/{commandId}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandOutcome"];
                };
            };
            /** @description Too many attempts; wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicResultsController_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultsView"];
                };
            };
        };
    };
    PublicResultsController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StagesController_list: {
        parameters: {
            query?: {
                template?: "open-selection" | "honours";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageDefinition"][];
                };
            };
        };
    };
}
