from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("u/<str:username>/", views.profile, name="profile"),
    path("settings/", views.profile_settings, name="settings"),
]
