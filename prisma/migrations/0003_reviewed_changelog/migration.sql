-- The store is derived from content/ and the seed refills it after every migration. Most tables gain a NOT NULL
-- "reviewed" column, and every other table points at one of them, so all rows are dropped first: new columns
-- never meet old rows and no foreign key is left dangling.
PRAGMA defer_foreign_keys=ON;
DELETE FROM "QuizEvidence";
DELETE FROM "QuizOption";
DELETE FROM "QuizQuestion";
DELETE FROM "ScenarioPart";
DELETE FROM "_ScenarioToSource";
DELETE FROM "Scenario";
DELETE FROM "KeyFigure";
DELETE FROM "_SourceToTopic";
DELETE FROM "Topic";
DELETE FROM "_LadderLevelToSource";
DELETE FROM "LadderLevel";
DELETE FROM "PhaseRole";
DELETE FROM "PhaseTool";
DELETE FROM "_LifecyclePhaseToSource";
DELETE FROM "LifecyclePhase";
DELETE FROM "_MaturityLevelToSource";
DELETE FROM "MaturityLevel";
DELETE FROM "RoleRelated";
DELETE FROM "RolePath";
DELETE FROM "_RoleToSource";
DELETE FROM "RoleTool";
DELETE FROM "RoleSkill";
DELETE FROM "RoleAlias";
DELETE FROM "RoleSalary";
DELETE FROM "TrackEntry";
DELETE FROM "TrackSkill";
DELETE FROM "_SourceToTrack";
DELETE FROM "Role";
DELETE FROM "Track";
DELETE FROM "SkillTool";
DELETE FROM "Skill";
DELETE FROM "_SourceToTool";
DELETE FROM "Tool";
DELETE FROM "SkillCategory";
DELETE FROM "LevelDef";
DELETE FROM "Source";
DELETE FROM "SeedInfo";

-- CreateTable
CREATE TABLE "ChangeEntry" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "touches" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "_SkillToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_SkillToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Skill" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_SkillToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "author" TEXT,
    "year" INTEGER,
    "url" TEXT,
    "summary" TEXT NOT NULL,
    "order" INTEGER NOT NULL
);
INSERT INTO "new_Source" ("author", "order", "publisher", "slug", "summary", "title", "url", "year") SELECT "author", "order", "publisher", "slug", "summary", "title", "url", "year" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE TABLE "new_Skill" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "categorySlug" TEXT NOT NULL,
    CONSTRAINT "Skill_categorySlug_fkey" FOREIGN KEY ("categorySlug") REFERENCES "SkillCategory" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Skill" ("body", "categorySlug", "description", "name", "order", "slug") SELECT "body", "categorySlug", "description", "name", "order", "slug" FROM "Skill";
DROP TABLE "Skill";
ALTER TABLE "new_Skill" RENAME TO "Skill";
CREATE TABLE "new_Tool" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "description" TEXT NOT NULL
);
INSERT INTO "new_Tool" ("description", "name", "purpose", "slug") SELECT "description", "name", "purpose", "slug" FROM "Tool";
DROP TABLE "Tool";
ALTER TABLE "new_Tool" RENAME TO "Tool";
CREATE TABLE "new_Track" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "focus" TEXT NOT NULL,
    "body" TEXT NOT NULL
);
INSERT INTO "new_Track" ("audience", "body", "focus", "name", "order", "slug", "summary") SELECT "audience", "body", "focus", "name", "order", "slug", "summary" FROM "Track";
DROP TABLE "Track";
ALTER TABLE "new_Track" RENAME TO "Track";
CREATE TABLE "new_Role" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "focus" TEXT NOT NULL,
    "trackSlug" TEXT,
    "responsibilities" JSONB NOT NULL,
    "education" JSONB NOT NULL,
    "experience" JSONB NOT NULL,
    "certifications" JSONB NOT NULL,
    "dimensions" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "Role_trackSlug_fkey" FOREIGN KEY ("trackSlug") REFERENCES "Track" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Role" ("body", "category", "certifications", "dimensions", "education", "experience", "focus", "name", "order", "responsibilities", "slug", "summary", "trackSlug") SELECT "body", "category", "certifications", "dimensions", "education", "experience", "focus", "name", "order", "responsibilities", "slug", "summary", "trackSlug" FROM "Role";
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
CREATE TABLE "new_MaturityLevel" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "characteristics" JSONB NOT NULL,
    "automates" JSONB NOT NULL,
    "nextStep" TEXT NOT NULL,
    "body" TEXT NOT NULL
);
INSERT INTO "new_MaturityLevel" ("automates", "body", "characteristics", "level", "name", "nextStep", "slug", "summary") SELECT "automates", "body", "characteristics", "level", "name", "nextStep", "slug", "summary" FROM "MaturityLevel";
DROP TABLE "MaturityLevel";
ALTER TABLE "new_MaturityLevel" RENAME TO "MaturityLevel";
CREATE UNIQUE INDEX "MaturityLevel_level_key" ON "MaturityLevel"("level");
CREATE TABLE "new_LifecyclePhase" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "activities" JSONB NOT NULL,
    "body" TEXT NOT NULL
);
INSERT INTO "new_LifecyclePhase" ("activities", "body", "name", "order", "slug", "summary") SELECT "activities", "body", "name", "order", "slug", "summary" FROM "LifecyclePhase";
DROP TABLE "LifecyclePhase";
ALTER TABLE "new_LifecyclePhase" RENAME TO "LifecyclePhase";
CREATE UNIQUE INDEX "LifecyclePhase_order_key" ON "LifecyclePhase"("order");
CREATE TABLE "new_LadderLevel" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "milestone" TEXT NOT NULL,
    "body" TEXT NOT NULL
);
INSERT INTO "new_LadderLevel" ("body", "milestone", "order", "scope", "slug", "title") SELECT "body", "milestone", "order", "scope", "slug", "title" FROM "LadderLevel";
DROP TABLE "LadderLevel";
ALTER TABLE "new_LadderLevel" RENAME TO "LadderLevel";
CREATE UNIQUE INDEX "LadderLevel_order_key" ON "LadderLevel"("order");
CREATE TABLE "new_Topic" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sections" JSONB NOT NULL,
    "body" TEXT NOT NULL
);
INSERT INTO "new_Topic" ("body", "kind", "order", "sections", "slug", "summary", "title") SELECT "body", "kind", "order", "sections", "slug", "summary", "title" FROM "Topic";
DROP TABLE "Topic";
ALTER TABLE "new_Topic" RENAME TO "Topic";
CREATE INDEX "Topic_kind_order_idx" ON "Topic"("kind", "order");
CREATE TABLE "new_KeyFigure" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "sourceSlug" TEXT NOT NULL,
    CONSTRAINT "KeyFigure_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "Source" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_KeyFigure" ("detail", "label", "order", "slug", "sourceSlug", "value") SELECT "detail", "label", "order", "slug", "sourceSlug", "value" FROM "KeyFigure";
DROP TABLE "KeyFigure";
ALTER TABLE "new_KeyFigure" RENAME TO "KeyFigure";
CREATE TABLE "new_Scenario" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "goals" JSONB NOT NULL,
    "outcomes" JSONB NOT NULL,
    "body" TEXT NOT NULL
);
INSERT INTO "new_Scenario" ("body", "goals", "outcomes", "slug", "summary", "title") SELECT "body", "goals", "outcomes", "slug", "summary", "title" FROM "Scenario";
DROP TABLE "Scenario";
ALTER TABLE "new_Scenario" RENAME TO "Scenario";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ChangeEntry_date_idx" ON "ChangeEntry"("date");

-- CreateIndex
CREATE UNIQUE INDEX "_SkillToSource_AB_unique" ON "_SkillToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_SkillToSource_B_index" ON "_SkillToSource"("B");
