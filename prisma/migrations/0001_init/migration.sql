-- CreateTable
CREATE TABLE "Source" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "author" TEXT,
    "year" INTEGER,
    "url" TEXT,
    "summary" TEXT NOT NULL,
    "order" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "LevelDef" (
    "level" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SkillCategory" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "description" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Skill" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "categorySlug" TEXT NOT NULL,
    CONSTRAINT "Skill_categorySlug_fkey" FOREIGN KEY ("categorySlug") REFERENCES "SkillCategory" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tool" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sources" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SkillTool" (
    "skillSlug" TEXT NOT NULL,
    "toolSlug" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    PRIMARY KEY ("skillSlug", "toolSlug"),
    CONSTRAINT "SkillTool_skillSlug_fkey" FOREIGN KEY ("skillSlug") REFERENCES "Skill" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SkillTool_toolSlug_fkey" FOREIGN KEY ("toolSlug") REFERENCES "Tool" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Track" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "focus" TEXT NOT NULL,
    "sources" TEXT NOT NULL,
    "body" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "TrackSkill" (
    "trackSlug" TEXT NOT NULL,
    "skillSlug" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,

    PRIMARY KEY ("trackSlug", "skillSlug"),
    CONSTRAINT "TrackSkill_trackSlug_fkey" FOREIGN KEY ("trackSlug") REFERENCES "Track" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TrackSkill_skillSlug_fkey" FOREIGN KEY ("skillSlug") REFERENCES "Skill" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackEntry" (
    "trackSlug" TEXT NOT NULL,
    "roleSlug" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "note" TEXT NOT NULL,

    PRIMARY KEY ("trackSlug", "roleSlug"),
    CONSTRAINT "TrackEntry_trackSlug_fkey" FOREIGN KEY ("trackSlug") REFERENCES "Track" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TrackEntry_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "focus" TEXT NOT NULL,
    "trackSlug" TEXT,
    "responsibilities" TEXT NOT NULL,
    "education" TEXT NOT NULL,
    "experience" TEXT NOT NULL,
    "certifications" TEXT NOT NULL,
    "dimensions" TEXT NOT NULL,
    "salaryMin" INTEGER,
    "salaryMax" INTEGER,
    "salaryCurrency" TEXT,
    "salaryNote" TEXT,
    "salarySourceSlug" TEXT,
    "body" TEXT NOT NULL,
    CONSTRAINT "Role_trackSlug_fkey" FOREIGN KEY ("trackSlug") REFERENCES "Track" ("slug") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Role_salarySourceSlug_fkey" FOREIGN KEY ("salarySourceSlug") REFERENCES "Source" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleAlias" (
    "roleSlug" TEXT NOT NULL,
    "alias" TEXT NOT NULL,

    PRIMARY KEY ("roleSlug", "alias"),
    CONSTRAINT "RoleAlias_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleSkill" (
    "roleSlug" TEXT NOT NULL,
    "skillSlug" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "note" TEXT,

    PRIMARY KEY ("roleSlug", "skillSlug"),
    CONSTRAINT "RoleSkill_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoleSkill_skillSlug_fkey" FOREIGN KEY ("skillSlug") REFERENCES "Skill" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleTool" (
    "roleSlug" TEXT NOT NULL,
    "toolSlug" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    PRIMARY KEY ("roleSlug", "toolSlug"),
    CONSTRAINT "RoleTool_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoleTool_toolSlug_fkey" FOREIGN KEY ("toolSlug") REFERENCES "Tool" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleSource" (
    "roleSlug" TEXT NOT NULL,
    "sourceSlug" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    PRIMARY KEY ("roleSlug", "sourceSlug"),
    CONSTRAINT "RoleSource_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoleSource_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "Source" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RolePath" (
    "fromSlug" TEXT NOT NULL,
    "toSlug" TEXT NOT NULL,
    "sourceSlug" TEXT,

    PRIMARY KEY ("fromSlug", "toSlug"),
    CONSTRAINT "RolePath_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "Source" ("slug") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RolePath_fromSlug_fkey" FOREIGN KEY ("fromSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RolePath_toSlug_fkey" FOREIGN KEY ("toSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleRelated" (
    "roleSlug" TEXT NOT NULL,
    "relatedSlug" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    PRIMARY KEY ("roleSlug", "relatedSlug"),
    CONSTRAINT "RoleRelated_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoleRelated_relatedSlug_fkey" FOREIGN KEY ("relatedSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MaturityLevel" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "level" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "characteristics" TEXT NOT NULL,
    "automates" TEXT NOT NULL,
    "nextStep" TEXT NOT NULL,
    "sources" TEXT NOT NULL,
    "body" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "LifecyclePhase" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "activities" TEXT NOT NULL,
    "sources" TEXT NOT NULL,
    "body" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PhaseTool" (
    "phaseSlug" TEXT NOT NULL,
    "toolSlug" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    PRIMARY KEY ("phaseSlug", "toolSlug"),
    CONSTRAINT "PhaseTool_phaseSlug_fkey" FOREIGN KEY ("phaseSlug") REFERENCES "LifecyclePhase" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PhaseTool_toolSlug_fkey" FOREIGN KEY ("toolSlug") REFERENCES "Tool" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PhaseRole" (
    "phaseSlug" TEXT NOT NULL,
    "roleSlug" TEXT NOT NULL,

    PRIMARY KEY ("phaseSlug", "roleSlug"),
    CONSTRAINT "PhaseRole_phaseSlug_fkey" FOREIGN KEY ("phaseSlug") REFERENCES "LifecyclePhase" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PhaseRole_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LadderLevel" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "milestone" TEXT NOT NULL,
    "sources" TEXT NOT NULL,
    "body" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Topic" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "points" TEXT NOT NULL,
    "sources" TEXT NOT NULL,
    "body" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "KeyFigure" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "order" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "sourceSlug" TEXT NOT NULL,
    CONSTRAINT "KeyFigure_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "Source" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Scenario" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "goals" TEXT NOT NULL,
    "outcomes" TEXT NOT NULL,
    "sources" TEXT NOT NULL,
    "body" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ScenarioPart" (
    "scenarioSlug" TEXT NOT NULL,
    "roleSlug" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "contribution" TEXT NOT NULL,

    PRIMARY KEY ("scenarioSlug", "roleSlug"),
    CONSTRAINT "ScenarioPart_scenarioSlug_fkey" FOREIGN KEY ("scenarioSlug") REFERENCES "Scenario" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ScenarioPart_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizQuestion" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "order" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "help" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "QuizOption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionSlug" TEXT NOT NULL,
    "optionSlug" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    CONSTRAINT "QuizOption_questionSlug_fkey" FOREIGN KEY ("questionSlug") REFERENCES "QuizQuestion" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizEvidence" (
    "optionId" TEXT NOT NULL,
    "skillSlug" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "weight" REAL NOT NULL,

    PRIMARY KEY ("optionId", "skillSlug"),
    CONSTRAINT "QuizEvidence_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "QuizOption" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "QuizEvidence_skillSlug_fkey" FOREIGN KEY ("skillSlug") REFERENCES "Skill" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SeedInfo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contentHash" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "MaturityLevel_level_key" ON "MaturityLevel"("level");

-- CreateIndex
CREATE UNIQUE INDEX "LifecyclePhase_order_key" ON "LifecyclePhase"("order");

-- CreateIndex
CREATE UNIQUE INDEX "LadderLevel_order_key" ON "LadderLevel"("order");

-- CreateIndex
CREATE INDEX "Topic_kind_order_idx" ON "Topic"("kind", "order");

-- CreateIndex
CREATE UNIQUE INDEX "QuizQuestion_order_key" ON "QuizQuestion"("order");
