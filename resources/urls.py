from django.urls import path

from resources import views

app_name = "resources"

urlpatterns = [
    path("", views.resource_list, name="resource-list"),
    path("<slug:slug>/", views.resource_detail, name="resource-detail"),
]
