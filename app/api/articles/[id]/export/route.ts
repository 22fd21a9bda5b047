import { errorResponse, json } from '@/lib/classroom/http';
import { quizToCsv } from '@/lib/workspace/export/csv';
import { quizToGift } from '@/lib/workspace/export/gift';
import { quizToQtiPackage } from '@/lib/workspace/export/qti';
import { workspaceSecret } from '@/lib/workspace/http';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/workspace/schemas';
import { workspaceServer } from '@/lib/workspace/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

const isFormat = (value: string | null): value is ExportFormat =>
  (EXPORT_FORMATS as readonly (string | null)[]).includes(value);

/** The teacher's selection as GIFT (Moodle), a QTI 2.1 package (Canvas and most LMSs) or CSV: owner only. */
export async function GET(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const format = new URL(request.url).searchParams.get('format');
    if (!isFormat(format)) {
      return json({ error: 'format must be gift, qti or csv.' }, 400);
    }
    const workspace = await workspaceServer();
    const { quiz, chosen } = await workspace.teacherQuizOf(id, workspaceSecret(request));
    const name = `cited-${
      quiz.article.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'quiz'
    }`;
    const file =
      format === 'gift'
        ? { body: quizToGift(quiz, chosen), type: 'text/plain; charset=utf-8', ext: 'gift.txt' }
        : format === 'csv'
          ? {
              body: `\uFEFF${quizToCsv(quiz, chosen)}`,
              type: 'text/csv; charset=utf-8',
              ext: 'csv',
            }
          : { body: quizToQtiPackage(quiz, chosen), type: 'application/zip', ext: 'qti.zip' };
    return new Response(file.body as BodyInit, {
      headers: {
        'Content-Type': file.type,
        'Content-Disposition': `attachment; filename="${name}.${file.ext}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
