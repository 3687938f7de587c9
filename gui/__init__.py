"""The Qt application. Imports core; core never imports it."""
