"""Interface words of the generated pages, said once per language."""

from __future__ import annotations

L = dict[str, str]

LANGUAGE_NAMES: dict[str, str] = {"ko": "한국어", "en": "English"}

SITE_NAME: L = {"ko": "AI 커리어 아틀라스", "en": "AI Career Atlas"}
SITE_DESCRIPTION: L = {
    "ko": "AI 팀의 역할, ML 제품을 만드는 단계, AI 윤리 이슈와 그 연결을 한국어와 영어로 정리한 오픈소스 지식 베이스",
    "en": "An open, bilingual map of the roles in AI teams, the stages of building ML products, and the AI ethics topics that connect them",
}

COLLECTIONS: dict[str, L] = {
    "role": {"ko": "역할", "en": "Roles"},
    "stage": {"ko": "ML 제품 개발 단계", "en": "ML product stages"},
    "ethics": {"ko": "AI 윤리", "en": "AI ethics"},
    "lecture": {"ko": "강의", "en": "Lectures"},
    "skill": {"ko": "역량", "en": "Skills"},
    "tool": {"ko": "도구", "en": "Tools"},
    "term": {"ko": "용어집", "en": "Glossary"},
    "guide": {"ko": "가이드", "en": "Guides"},
}

COLLECTION_INTROS: dict[str, L] = {
    "role": {
        "ko": "AI 팀에는 모델을 학습하는 사람만 있는 것이 아닙니다. 강의에서 소개한 역할을 모았습니다. 실제로는 한 사람이 여러 역할에 걸쳐 일하는 경우가 대부분입니다.",
        "en": "An AI team is far more than the people who train models. These are the roles the lectures describe; in practice most people span more than one.",
    },
    "stage": {
        "ko": "요구사항 전달에서 실 서버 배포까지, ML 제품이 만들어지는 네 단계와 각 단계의 세부 작업입니다.",
        "en": "From requirements to deployment on real servers: the four stages of building an ML product, each with its ordered sub-steps.",
    },
    "ethics": {
        "ko": "AI가 개인, 사회, 인류에 미치는 영향과 실제 사례입니다. 각 주제가 어느 단계에서 생기고 어떤 역할이 주의해야 하는지 함께 보여 줍니다.",
        "en": "How AI affects individuals, society and humanity, with real cases, the stages where each issue arises and the roles that must watch for it.",
    },
    "lecture": {
        "ko": "이 아틀라스는 아래 강의(2021년 9월)를 바탕으로 합니다. 강의마다 그 강의에서 나온 항목을 모두 연결해 두었습니다. 강의 밖에서 덧붙인 설명은 ‘강의 밖 배경’으로 따로 표시하고 참고 자료를 달았습니다.",
        "en": "The atlas is built on these lectures (September 2021). Each lecture page links to every entry drawn from it. What the atlas adds beyond them is marked as background, with its references.",
    },
    "skill": {
        "ko": "AI 회사가 채용할 때 보는 기술 역량과 소프트 스킬입니다.",
        "en": "The technical skills and soft skills AI companies hire for.",
    },
    "tool": {
        "ko": "강의에 나온 도구와 프레임워크를 스택별로 정리했습니다.",
        "en": "The tools and frameworks the lectures name, by stack.",
    },
    "term": {
        "ko": "강의에 나온 용어를 풀이합니다. 본문에서 용어에 마우스를 올리거나 누르면 뜻을 볼 수 있습니다.",
        "en": "The terms the lectures use, defined. In the text, hover over or tap a term to see its definition.",
    },
    "guide": {
        "ko": "커리어를 시작하는 법, 현업의 모습, 풀스택 ML 엔지니어, 서비스향 모델 개발, 언어 모델을 다룬 글입니다.",
        "en": "Starting a career, how teams really work, the full-stack ML engineer, service-oriented models and language models.",
    },
}

GROUPS: dict[str, dict[str, L]] = {
    "ethics": {
        "individual": {"ko": "AI와 개인", "en": "AI & the individual"},
        "society": {"ko": "AI와 사회", "en": "AI & society"},
        "humanity": {"ko": "AI와 인류", "en": "AI & humanity"},
    },
    "skill": {
        "technical": {"ko": "기술·학문 역량", "en": "Technical skills"},
        "soft": {"ko": "소프트 스킬", "en": "Soft skills"},
    },
    "tool": {
        "frontend": {"ko": "프런트엔드", "en": "Front end"},
        "backend": {"ko": "백엔드", "en": "Back end"},
        "ml": {"ko": "머신러닝", "en": "Machine learning"},
        "database": {"ko": "데이터베이스", "en": "Database"},
        "ops": {"ko": "운영(Ops)", "en": "Ops"},
        "serving": {"ko": "서빙", "en": "Serving"},
        "data": {"ko": "데이터", "en": "Data"},
    },
    "guide": {
        "career": {"ko": "AI 커리어 시작하기", "en": "Starting a career in AI"},
        "practice": {"ko": "현업의 AI 팀", "en": "AI teams in practice"},
        "fullstack": {"ko": "풀스택 ML 엔지니어", "en": "The full-stack ML engineer"},
        "service": {"ko": "서비스향 AI 모델 개발", "en": "Service-oriented AI models"},
        "nlp": {"ko": "언어 모델의 학습과 평가", "en": "Training and evaluating language models"},
    },
    "role": {
        "business": {"ko": "비즈니스", "en": "Business"},
        "data-engineering": {"ko": "데이터 엔지니어링", "en": "Data engineering"},
        "aiops": {"ko": "AIOps", "en": "AIOps"},
        "ai-engineering": {"ko": "AI 엔지니어링", "en": "AI engineering"},
        "ai-research": {"ko": "AI 리서치", "en": "AI research"},
    },
}

# Relations: the section heading on the page that types the link ("out") and on
# the page that receives it ("in"). Relations that share a label share a section.
RELATION_LABELS: dict[str, dict[str, L]] = {
    "works_in": {"out": {"ko": "일하는 단계", "en": "Stages of work"}, "in": {"ko": "이 단계에서 일하는 역할", "en": "Roles at this stage"}},
    "related_role": {"out": {"ko": "관련 역할", "en": "Related roles"}, "in": {"ko": "관련 역할", "en": "Related roles"}},
    "needs_skill": {"out": {"ko": "필요한 역량", "en": "Skills"}, "in": {"ko": "이 역량이 필요한 역할", "en": "Roles that need it"}},
    "uses_tool": {"out": {"ko": "쓰는 도구", "en": "Tools"}, "in": {"ko": "이 도구를 쓰는 역할", "en": "Roles that use it"}},
    "raises": {"out": {"ko": "이 단계의 윤리 이슈", "en": "Ethics topics at this stage"}, "in": {"ko": "이 이슈가 생기는 단계", "en": "Stages where it arises"}},
    "step_raises": {"out": {"ko": "이 단계의 윤리 이슈", "en": "Ethics topics at this stage"}, "in": {"ko": "이 이슈가 생기는 단계", "en": "Stages where it arises"}},
    "step_uses": {"out": {"ko": "쓰는 도구", "en": "Tools"}, "in": {"ko": "이 도구를 쓰는 단계", "en": "Stages that use it"}},
    "watched_by": {"out": {"ko": "주의해야 할 역할", "en": "Roles that must watch for it"}, "in": {"ko": "주의해야 할 윤리 이슈", "en": "Ethics topics to watch"}},
    "term_related": {"out": {"ko": "관련 항목", "en": "Related"}, "in": {"ko": "함께 보기", "en": "See also"}},
    "guide_related": {"out": {"ko": "관련 항목", "en": "Related"}, "in": {"ko": "함께 보기", "en": "See also"}},
    "source": {"out": {"ko": "출처", "en": "Source"}, "in": {"ko": "이 강의에서 나온 항목", "en": "Entries from this lecture"}},
}

UI: dict[str, L] = {
    "aliases": {"ko": "다른 이름", "en": "Also known as"},
    "responsibilities": {"ko": "하는 일", "en": "Responsibilities"},
    "steps": {"ko": "세부 단계", "en": "Steps"},
    "pitfalls": {"ko": "자주 빠지는 함정", "en": "Pitfalls"},
    "evaluation": {"ko": "평가", "en": "Evaluation"},
    "cases": {"ko": "실제 사례", "en": "Real cases"},
    "references": {"ko": "참고 자료", "en": "References"},
    "background": {"ko": "강의 밖 배경", "en": "Background"},
    "background_section": {"ko": "강의 밖 배경 지식", "en": "Background beyond the lectures"},
    "in_lecture": {"ko": "강의에서", "en": "In the lecture"},
    "group": {"ko": "분류", "en": "Group"},
    "areas": {"ko": "영역", "en": "Areas"},
    "speaker": {"ko": "연사", "en": "Speaker"},
    "lecture": {"ko": "강의", "en": "Lecture"},
    "step_roles": {"ko": "이 단계의 역할", "en": "Roles in this step"},
    "step_tools": {"ko": "도구", "en": "Tools"},
    "step_ethics": {"ko": "윤리 이슈", "en": "Ethics"},
    "start_roles": {"ko": "나는 어떤 사람이 될 수 있을까?", "en": "Who could I be?"},
    "start_stages": {"ko": "제품은 어떻게 만들어질까?", "en": "How does a product get made?"},
    "start_ethics": {"ko": "무엇이 잘못될 수 있을까?", "en": "What can go wrong?"},
    "home_intro": {
        "ko": "AI 업계에서 일하는 사람들의 강의를 바탕으로, AI 팀의 역할과 ML 제품을 만드는 단계, AI 윤리 이슈가 서로 어떻게 연결되는지 보여 주는 지도입니다.",
        "en": "A map, drawn from talks by people in the industry, of the roles in an AI team, the stages of building an ML product, and the AI ethics topics, and of how they connect.",
    },
    "home": {"ko": "홈", "en": "Home"},
    "notes": {"ko": "기여자 노트", "en": "Contributors' notes"},
    "note_by": {"ko": "작성:", "en": "By"},
    "note_other": {"ko": "{language}로 쓴 노트", "en": "Note in {language}"},
    "step": {"ko": "세부 단계", "en": "Step"},
    "about": {"ko": "프로젝트 소개", "en": "About"},
}

# The map pages (career_atlas/maps.py).
MAPS: dict[str, L] = {
    "map": {"ko": "지도", "en": "Map"},
    "landscape": {"ko": "역할 지형도", "en": "Role landscape"},
    "landscape_intro": {
        "ko": "강의에서는 AI 팀의 역할을 비즈니스부터 데이터 엔지니어링, AIOps, AI 엔지니어링, AI 리서치까지 걸친 상자로 그렸습니다. 상자가 넓을수록 여러 영역에 걸쳐 일하는 역할입니다. 상자를 누르면 역할 페이지로 갑니다.",
        "en": "The lectures draw the roles in an AI team as boxes spanning areas from business through data engineering and AIOps to AI engineering and AI research. A wider box means a role that spans more areas. Select a box to open the role.",
    },
    "matrix": {"ko": "역할 × 단계 표", "en": "Role × stage matrix"},
    "matrix_intro": {
        "ko": "어떤 역할이 ML 제품 개발의 어느 단계와 세부 단계에서 일하는지 보여 줍니다.",
        "en": "Which role works at which stage, and sub-step, of building an ML product.",
    },
    "matrix_legend": {
        "ko": "칸에는 그 역할이 일하는 세부 단계가 번호와 함께 있습니다. ●는 세부 단계를 정하지 않고 단계 전체에 걸쳐 일한다는 뜻입니다.",
        "en": "Each cell lists the numbered sub-steps the role works in; ● means the role works across the whole stage.",
    },
    "pipeline": {"ko": "ML 제품 파이프라인", "en": "ML product pipeline"},
    "pipeline_intro": {
        "ko": "요구사항 전달에서 실 서버 배포까지 네 단계와 각 단계의 세부 작업입니다. 단계나 세부 단계를 누르면 설명으로 갑니다.",
        "en": "The four stages from requirements to deployment, with their sub-steps. Select a stage or a step to read about it.",
    },
    "as_text": {"ko": "텍스트로 보기", "en": "As text"},
    "role": {"ko": "역할", "en": "Role"},
    "areas": {"ko": "영역", "en": "Areas"},
}
