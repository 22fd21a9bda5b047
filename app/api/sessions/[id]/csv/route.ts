import { errorResponse, hostCookieName, readCookie } from '@/lib/classroom/http';
import { resultsCsv } from '@/lib/classroom/results';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** The results table as CSV (UTF-8 with a BOM so spreadsheet programs read accents and ✓ correctly). */
export async function GET(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const { classroom } = await classroomServer();
    const view = await classroom.teacherView(id, readCookie(request, hostCookieName(id)));
    const filename = `cited-${view.slug}-${view.code}-results.csv`;
    return new Response(`\uFEFF${resultsCsv(view.results)}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
