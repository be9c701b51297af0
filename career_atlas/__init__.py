"""AI Career Atlas: a bilingual knowledge base about working in AI, built from YAML data."""
