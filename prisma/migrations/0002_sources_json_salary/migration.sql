-- The store is derived from content/ and the seed refills it after every migration, so its rows are dropped
-- rather than carried across the column changes below (a renamed column has nothing to copy from).
PRAGMA defer_foreign_keys=ON;
DELETE FROM "QuizEvidence";
DELETE FROM "QuizOption";
DELETE FROM "QuizQuestion";
DELETE FROM "ScenarioPart";
DELETE FROM "Scenario";
DELETE FROM "KeyFigure";
DELETE FROM "Topic";
DELETE FROM "LadderLevel";
DELETE FROM "PhaseRole";
DELETE FROM "PhaseTool";
DELETE FROM "LifecyclePhase";
DELETE FROM "MaturityLevel";
DELETE FROM "RoleRelated";
DELETE FROM "RolePath";
DELETE FROM "RoleSource";
DELETE FROM "RoleTool";
DELETE FROM "RoleSkill";
DELETE FROM "RoleAlias";
DELETE FROM "TrackEntry";
DELETE FROM "TrackSkill";
DELETE FROM "Role";
DELETE FROM "Track";
DELETE FROM "SkillTool";
DELETE FROM "Skill";
DELETE FROM "Tool";
DELETE FROM "SkillCategory";
DELETE FROM "LevelDef";
DELETE FROM "Source";
DELETE FROM "SeedInfo";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "RoleSource";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "RoleSalary" (
    "roleSlug" TEXT NOT NULL PRIMARY KEY,
    "min" INTEGER NOT NULL,
    "max" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "note" TEXT,
    "sourceSlug" TEXT NOT NULL,
    CONSTRAINT "RoleSalary_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoleSalary_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "Source" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_SourceToTool" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_SourceToTool_A_fkey" FOREIGN KEY ("A") REFERENCES "Source" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_SourceToTool_B_fkey" FOREIGN KEY ("B") REFERENCES "Tool" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_SourceToTrack" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_SourceToTrack_A_fkey" FOREIGN KEY ("A") REFERENCES "Source" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_SourceToTrack_B_fkey" FOREIGN KEY ("B") REFERENCES "Track" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_SourceToTopic" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_SourceToTopic_A_fkey" FOREIGN KEY ("A") REFERENCES "Source" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_SourceToTopic_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_RoleToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_RoleToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Role" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_RoleToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_MaturityLevelToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_MaturityLevelToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "MaturityLevel" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_MaturityLevelToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_LifecyclePhaseToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_LifecyclePhaseToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "LifecyclePhase" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_LifecyclePhaseToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_LadderLevelToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_LadderLevelToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "LadderLevel" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_LadderLevelToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ScenarioToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_ScenarioToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Scenario" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ScenarioToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tool" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "description" TEXT NOT NULL
);
INSERT INTO "new_Tool" ("description", "name", "purpose", "slug") SELECT "description", "name", "purpose", "slug" FROM "Tool";
DROP TABLE "Tool";
ALTER TABLE "new_Tool" RENAME TO "Tool";
CREATE TABLE "new_Track" (
    "slug" TEXT NOT NULL PRIMARY KEY,
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
    "kind" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sections" JSONB NOT NULL,
    "body" TEXT NOT NULL
);
INSERT INTO "new_Topic" ("body", "kind", "order", "slug", "summary", "title") SELECT "body", "kind", "order", "slug", "summary", "title" FROM "Topic";
DROP TABLE "Topic";
ALTER TABLE "new_Topic" RENAME TO "Topic";
CREATE INDEX "Topic_kind_order_idx" ON "Topic"("kind", "order");
CREATE TABLE "new_Scenario" (
    "slug" TEXT NOT NULL PRIMARY KEY,
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
CREATE UNIQUE INDEX "_SourceToTool_AB_unique" ON "_SourceToTool"("A", "B");

-- CreateIndex
CREATE INDEX "_SourceToTool_B_index" ON "_SourceToTool"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_SourceToTrack_AB_unique" ON "_SourceToTrack"("A", "B");

-- CreateIndex
CREATE INDEX "_SourceToTrack_B_index" ON "_SourceToTrack"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_SourceToTopic_AB_unique" ON "_SourceToTopic"("A", "B");

-- CreateIndex
CREATE INDEX "_SourceToTopic_B_index" ON "_SourceToTopic"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_RoleToSource_AB_unique" ON "_RoleToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_RoleToSource_B_index" ON "_RoleToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_MaturityLevelToSource_AB_unique" ON "_MaturityLevelToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_MaturityLevelToSource_B_index" ON "_MaturityLevelToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_LifecyclePhaseToSource_AB_unique" ON "_LifecyclePhaseToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_LifecyclePhaseToSource_B_index" ON "_LifecyclePhaseToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_LadderLevelToSource_AB_unique" ON "_LadderLevelToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_LadderLevelToSource_B_index" ON "_LadderLevelToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ScenarioToSource_AB_unique" ON "_ScenarioToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_ScenarioToSource_B_index" ON "_ScenarioToSource"("B");
