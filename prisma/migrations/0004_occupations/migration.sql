-- The store is derived from content/ and the seed refills it after every migration. Role gains a NOT NULL
-- "occupationNote" column, and most tables point at Role or Source, so every derived row is dropped first,
-- children before parents: the new column never meets old rows and no foreign key is left dangling.
PRAGMA defer_foreign_keys=ON;
DELETE FROM "ChangeEntry";
DELETE FROM "_SkillToSource";
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
PRAGMA defer_foreign_keys=OFF;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "period" TEXT;

-- CreateTable
CREATE TABLE "Occupation" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "reviewed" TEXT NOT NULL,
    "soc" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "medianWage" INTEGER NOT NULL,
    "wagePeriod" TEXT NOT NULL,
    "wageGroup" TEXT,
    "growth" REAL NOT NULL,
    "growthWords" TEXT,
    "outlookFrom" INTEGER NOT NULL,
    "outlookTo" INTEGER NOT NULL,
    "outlookGroup" TEXT,
    "education" TEXT NOT NULL,
    "sourceSlug" TEXT NOT NULL,
    CONSTRAINT "Occupation_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "Source" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "occupationSlug" TEXT,
    "occupationNote" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "Role_trackSlug_fkey" FOREIGN KEY ("trackSlug") REFERENCES "Track" ("slug") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Role_occupationSlug_fkey" FOREIGN KEY ("occupationSlug") REFERENCES "Occupation" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Role" ("body", "category", "certifications", "dimensions", "education", "experience", "focus", "name", "order", "responsibilities", "reviewed", "slug", "summary", "trackSlug") SELECT "body", "category", "certifications", "dimensions", "education", "experience", "focus", "name", "order", "responsibilities", "reviewed", "slug", "summary", "trackSlug" FROM "Role";
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

