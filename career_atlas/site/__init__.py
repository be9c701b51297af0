"""What a built site holds beside the pages: kb.json, root files, the search index, the standalone export."""
