"""Content Credentials (C2PA): read in the analysis child, judged, stored, told in words."""
