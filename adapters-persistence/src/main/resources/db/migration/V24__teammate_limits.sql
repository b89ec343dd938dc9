-- Each teammate's own limits (issue 20): what they can offer others and their weekly hours for
-- face-to-face meetings. The direction (direction_offers) and the budget stay the team's, and keep
-- the founder's offers and hours, so a database from before teams needs no rows here: a person with
-- no row, or a NULL, has not set that part and takes the founder's or the team's (PersonalLimits).
-- offers_set tells "offers nothing" (TRUE, no teammate_offers rows) from "has not said" (FALSE).
CREATE TABLE teammate_limits (
    teammate_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES teammates (id),
    offers_set     BOOLEAN NOT NULL,
    weekly_minutes INTEGER
);

CREATE TABLE teammate_offers (
    teammate_id BIGINT  NOT NULL REFERENCES teammate_limits (teammate_id) ON DELETE CASCADE,
    tag         VARCHAR NOT NULL,
    PRIMARY KEY (teammate_id, tag)
);
