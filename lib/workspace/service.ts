import { ClassroomError } from '@/lib/classroom/service';
import { hashSecret, newId, newSecret } from '@/lib/classroom/secrets';
import type {
  WorkspaceArticleRecord,
  WorkspaceArticleSummary,
  WorkspaceRecord,
  WorkspaceStore,
} from '@/lib/classroom/store';
import type { ArticleInput } from '@/lib/quiz-engine';
import type { Quiz } from '@/lib/quiz-engine/schema';
import { parseStoredQuiz } from '@/lib/stored-quiz';
import type { ArticleSource } from './article-input';
import { PageRefusal, fetchArticlePage, type FetchPolicy } from './fetch-page';
import type { ArticleJobs } from './generation/pool';
import type { JobStage } from './generation/protocol';
import { newArticleId, newOwnQuestionId, newShareToken } from './new-ids';
import {
  DEFAULT_SELECTION,
  editedQuestion,
  ownQuestion,
  selectionSchema,
  storedEditSchema,
  teacherQuiz,
  type OwnQuestion,
  type QuestionEdit,
  type Selection,
  type StoredEdit,
  type TeacherQuiz,
} from './review';
import type { CreateArticleBody } from './schemas';

/** Where a generation is, for the page that waits on it. */
export type Progress =
  | { stage: 'queued'; ahead: number }
  | { stage: JobStage }
  | { stage: 'saving' }
  /** Generating on another instance, or about to be picked up after a restart. */
  | { stage: 'waiting' };

export interface WorkspaceArticle {
  record: WorkspaceArticleRecord;
  input: ArticleInput;
  /** The generated quiz and the teacher's quiz from it, once ready. */
  generated: Quiz | null;
  teacher: TeacherQuiz | null;
  progress: Progress | null;
}

export interface WorkspaceDeps {
  store: WorkspaceStore;
  pool: ArticleJobs;
  fetchPolicy: FetchPolicy;
  now?: () => number;
  /** How long an instance holds a generation before another may take it over. */
  leaseMs?: number;
  log?: (message: string) => void;
}

const NOT_YOURS = 'This article belongs to another workspace. Open it with that workspace’s link.';
const NO_WORKSPACE =
  'Open your workspace first: use the private workspace link you were given, on this device.';

/**
 * The teacher workspace: who owns what (by the workspace secret alone), adding articles (fetched and
 * parsed off the request thread, stored only once they are understood), generating their quizzes in the
 * worker thread with a lease so exactly one instance does each, the teacher's edits and selection, and
 * share links. Refusals are ClassroomErrors, so the API answers them as it answers the classroom's.
 */
export class Workspace {
  private readonly progress = new Map<string, Progress>();
  private readonly now: () => number;
  private readonly leaseMs: number;

  constructor(private readonly deps: WorkspaceDeps) {
    this.now = deps.now ?? Date.now;
    this.leaseMs = deps.leaseMs ?? 5 * 60_000;
  }

  /** The workspace a secret opens, or null (no secret, or not a workspace's). */
  async workspaceOf(secret: string | undefined): Promise<WorkspaceRecord | null> {
    if (!secret || secret.length > 100) return null;
    return this.deps.store.findWorkspaceBySecretHash(hashSecret(secret));
  }

  async requireWorkspace(secret: string | undefined): Promise<WorkspaceRecord> {
    const workspace = await this.workspaceOf(secret);
    if (!workspace) throw new ClassroomError(401, NO_WORKSPACE);
    return workspace;
  }

  /** The article, if the secret's workspace owns it: 401 without a workspace, 403 for another's. */
  async ownedRecord(id: string, secret: string | undefined): Promise<WorkspaceArticleRecord> {
    const workspace = await this.requireWorkspace(secret);
    const record = await this.deps.store.getArticle(id);
    if (!record) throw new ClassroomError(404, 'There is no such article.');
    if (record.workspaceId !== workspace.id) throw new ClassroomError(403, NOT_YOURS);
    return record;
  }

  async article(id: string, secret: string | undefined): Promise<WorkspaceArticle> {
    return this.loaded(await this.ownedRecord(id, secret));
  }

  async list(secret: string | undefined): Promise<WorkspaceArticleSummary[]> {
    const workspace = await this.workspaceOf(secret);
    return workspace ? this.deps.store.listArticles(workspace.id) : [];
  }

  /**
   * Adds an article: fetches it when given an address, parses it in the worker thread, and only then
   * stores it (creating the workspace on first use) and starts generating. A refusal stores nothing.
   */
  async addArticle(
    body: CreateArticleBody,
    secret: string | undefined,
  ): Promise<{ record: WorkspaceArticleRecord; newSecret: string | null }> {
    const existing = await this.workspaceOf(secret);
    const { source, sourceKind, sourceUrl } = await this.sourceOf(body);
    const id = newArticleId();
    const prepared = await this.deps.pool.prepare(source, id);
    if (!prepared.ok) {
      if (prepared.refused) throw new ClassroomError(422, prepared.message);
      throw new Error(`preparing an article failed: ${prepared.message}`);
    }
    const now = this.now();
    let workspaceId = existing?.id;
    let created: string | null = null;
    if (!workspaceId) {
      created = newSecret();
      workspaceId = newId();
      await this.deps.store.createWorkspace({
        id: workspaceId,
        secretHash: hashSecret(created),
        createdAt: now,
      });
    }
    const record = await this.deps.store.createArticle({
      id,
      workspaceId,
      title: prepared.value.title,
      sourceKind,
      sourceUrl,
      inputJson: JSON.stringify(prepared.value.input),
      shareToken: newShareToken(),
      createdAt: now,
    });
    this.progress.set(id, { stage: 'queued', ahead: this.deps.pool.waiting });
    void this.generate(id);
    return { record, newSecret: created };
  }

  private async sourceOf(body: CreateArticleBody): Promise<{
    source: ArticleSource;
    sourceKind: WorkspaceArticleRecord['sourceKind'];
    sourceUrl: string | null;
  }> {
    const about = (from: { title?: string; publisher?: string; statedDate?: string }) => ({
      ...(from.title && { title: from.title }),
      ...(from.publisher && { publisher: from.publisher }),
      ...(from.statedDate && { statedDate: from.statedDate }),
    });
    if ('text' in body) {
      return {
        source: {
          kind: 'text',
          text: body.text,
          ...(body.fileName && { fileName: body.fileName }),
          ...about(body),
        },
        sourceKind: body.from === 'browser' ? 'browser' : body.fileName ? 'file' : 'text',
        sourceUrl: null,
      };
    }
    if ('html' in body) {
      return {
        source: {
          kind: 'html',
          html: body.html,
          ...(body.url && { url: body.url }),
          ...about(body),
        },
        sourceKind: body.fileName ? 'file' : 'text',
        sourceUrl: body.url || null,
      };
    }
    let page;
    try {
      page = await fetchArticlePage(body.url, this.deps.fetchPolicy);
    } catch (error) {
      if (error instanceof PageRefusal) throw new ClassroomError(422, error.message);
      throw error;
    }
    return {
      source:
        page.kind === 'html'
          ? { kind: 'html', html: page.body, url: page.url }
          : { kind: 'text', text: page.body },
      sourceKind: 'url',
      sourceUrl: page.url,
    };
  }

  /**
   * Generates the article's quiz here, if this instance can claim the job (one instance does each; a
   * claim lapses after `leaseMs`, so a job whose instance died is taken over by the next sweep).
   */
  async generate(id: string): Promise<void> {
    const { store, pool } = this.deps;
    try {
      if (!(await store.claimGeneration(id, this.now(), this.now() + this.leaseMs))) {
        this.progress.delete(id);
        return;
      }
      const record = await store.getArticle(id);
      if (!record) return;
      this.progress.set(id, { stage: 'queued', ahead: pool.waiting });
      const input = JSON.parse(record.inputJson) as ArticleInput;
      const outcome = await pool.generate(input, (stage) => this.progress.set(id, { stage }));
      this.progress.set(id, { stage: 'saving' });
      await store.finishGeneration(
        id,
        outcome.ok
          ? { status: 'ready', quizJson: JSON.stringify(outcome.value) }
          : {
              status: 'failed',
              error: outcome.refused
                ? outcome.message
                : `The quiz could not be generated (${outcome.message}). Try again.`,
            },
        this.now(),
      );
    } catch (error) {
      (this.deps.log ?? console.error)(`[workspace] generating ${id} failed: ${String(error)}`);
    } finally {
      this.progress.delete(id);
    }
  }

  /** Picks up generations no instance holds (a restart mid-job); run at start-up and now and then. */
  async sweep(): Promise<void> {
    const ids = await this.deps.store.unclaimedGenerations(this.now());
    await Promise.all(ids.filter((id) => !this.progress.has(id)).map((id) => this.generate(id)));
  }

  private async loaded(record: WorkspaceArticleRecord): Promise<WorkspaceArticle> {
    const input = JSON.parse(record.inputJson) as ArticleInput;
    let generated: Quiz | null = null;
    if (record.quizJson) {
      const parsed = parseStoredQuiz(JSON.parse(record.quizJson));
      if (!parsed.success) throw new Error(`article ${record.id}: its stored quiz is not a quiz`);
      generated = parsed.data;
    }
    const teacher = generated
      ? teacherQuiz(generated, await this.edits(record.id), this.selectionOf(record))
      : null;
    const progress =
      record.status === 'generating'
        ? (this.progress.get(record.id) ?? { stage: 'waiting' })
        : null;
    return { record, input, generated, teacher, progress };
  }

  private selectionOf(record: WorkspaceArticleRecord): Selection {
    if (!record.selectionJson) return DEFAULT_SELECTION;
    const parsed = selectionSchema.safeParse(JSON.parse(record.selectionJson));
    return parsed.success ? parsed.data : DEFAULT_SELECTION;
  }

  private async edits(articleId: string): Promise<Map<string, StoredEdit>> {
    const edits = new Map<string, StoredEdit>();
    for (const row of await this.deps.store.listQuestionEdits(articleId)) {
      const parsed = storedEditSchema.safeParse(JSON.parse(row.editJson));
      if (parsed.success) edits.set(row.questionId, parsed.data);
    }
    return edits;
  }

  private async ready(id: string, secret: string | undefined): Promise<WorkspaceArticle> {
    const article = await this.article(id, secret);
    if (!article.generated || !article.teacher) {
      throw new ClassroomError(409, 'The quiz is not ready yet.');
    }
    return article;
  }

  /** Saves a teacher's edit of a generated question, refusing one that would not hold. */
  async editQuestion(
    id: string,
    secret: string | undefined,
    questionId: string,
    edit: QuestionEdit,
  ): Promise<WorkspaceArticle> {
    const article = await this.ready(id, secret);
    const question = article.generated?.questions.find((candidate) => candidate.id === questionId);
    const current = (await this.edits(id)).get(questionId);
    if (current && 'own' in current) {
      return this.saveOwnQuestion(id, secret, questionId, {
        ...current,
        ...(edit.prompt && { prompt: edit.prompt }),
        ...(edit.explanation && { explanation: edit.explanation }),
        ...(edit.excluded !== undefined && { excluded: edit.excluded }),
      });
    }
    if (!question) throw new ClassroomError(404, 'This quiz has no such question.');
    const problem = editedQuestion(article.generated!, question, edit).problems[0];
    if (problem) throw new ClassroomError(422, problem);
    await this.deps.store.putQuestionEdit({
      articleId: id,
      questionId,
      editJson: JSON.stringify(edit),
      updatedAt: this.now(),
    });
    return this.article(id, secret);
  }

  /** Adds a question of the teacher's own, anchored to a sentence that states its answer. */
  async addOwnQuestion(
    id: string,
    secret: string | undefined,
    own: Omit<OwnQuestion, 'own'>,
  ): Promise<{ article: WorkspaceArticle; questionId: string }> {
    const questionId = newOwnQuestionId();
    const article = await this.saveOwnQuestion(id, secret, questionId, { ...own, own: true });
    return { article, questionId };
  }

  private async saveOwnQuestion(
    id: string,
    secret: string | undefined,
    questionId: string,
    own: OwnQuestion,
  ): Promise<WorkspaceArticle> {
    const article = await this.ready(id, secret);
    const problem = ownQuestion(article.generated!, questionId, own, 1).problem;
    if (problem) throw new ClassroomError(422, problem);
    await this.deps.store.putQuestionEdit({
      articleId: id,
      questionId,
      editJson: JSON.stringify(own),
      updatedAt: this.now(),
    });
    return this.article(id, secret);
  }

  /** Forgets an edit (a generated question returns to its generated words; an own question goes). */
  async clearEdit(
    id: string,
    secret: string | undefined,
    questionId: string,
  ): Promise<WorkspaceArticle> {
    await this.ownedRecord(id, secret);
    await this.deps.store.deleteQuestionEdit(id, questionId);
    return this.article(id, secret);
  }

  async setSelection(
    id: string,
    secret: string | undefined,
    selection: Selection,
  ): Promise<WorkspaceArticle> {
    await this.ownedRecord(id, secret);
    await this.deps.store.setSelection(id, JSON.stringify(selection), this.now());
    return this.article(id, secret);
  }

  /** Publishing opens the share link; unpublishing revokes it (a later publish gets a new link). */
  async setPublished(
    id: string,
    secret: string | undefined,
    published: boolean,
  ): Promise<WorkspaceArticle> {
    const record = await this.ownedRecord(id, secret);
    if (published && record.status !== 'ready') {
      throw new ClassroomError(409, 'The quiz is not ready yet, so there is nothing to share.');
    }
    const token = published ? record.shareToken : newShareToken();
    await this.deps.store.setPublished(id, published, token, this.now());
    return this.article(id, secret);
  }

  async regenerate(id: string, secret: string | undefined): Promise<WorkspaceArticle> {
    await this.ownedRecord(id, secret);
    if (await this.deps.store.restartGeneration(id, this.now())) {
      this.progress.set(id, { stage: 'queued', ahead: this.deps.pool.waiting });
      void this.generate(id);
    }
    return this.article(id, secret);
  }

  async deleteArticle(id: string, secret: string | undefined): Promise<void> {
    await this.ownedRecord(id, secret);
    await this.deps.store.deleteArticle(id);
  }

  /** A published article by its share link: only its text and the teacher's chosen questions. */
  async shared(token: string): Promise<{ quiz: Quiz; title: string } | null> {
    const record = await this.deps.store.findArticleByShareToken(token);
    if (!record?.published || !record.quizJson) return null;
    const { teacher } = await this.loaded(record);
    if (!teacher) return null;
    return { quiz: { ...teacher.quiz, questions: teacher.chosen }, title: record.title };
  }

  /** A new workspace secret: the old link and every device's cookie stop working. */
  async replaceSecret(secret: string | undefined): Promise<string> {
    const workspace = await this.requireWorkspace(secret);
    const next = newSecret();
    await this.deps.store.replaceWorkspaceSecret(workspace.id, hashSecret(next));
    return next;
  }

  /** The teacher's quiz and selection, for print, present, a live session and the exports. */
  async teacherQuizOf(id: string, secret: string | undefined): Promise<TeacherQuiz> {
    return (await this.ready(id, secret)).teacher!;
  }
}
